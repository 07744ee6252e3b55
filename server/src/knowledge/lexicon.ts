// Words of IMR letters: every word (lower case) that occurs in at least three of the 150
// DWC-published letters the tests use, 2016-2017. A word list, not a dictionary: it tells the
// split-word rule which fragments are words in their own right. Regenerate with the same rule if
// the corpus grows.

const WORDS =
  'a abdomen abdominal abduction aberrant ability able abnormal abnormalities about above abruptly ' +
  'absence absent abuse accepted accident according acetaminophen achieved achievement acoem ' +
  'acromioclavicular act acting active activities activity acupuncture acute addiction addition ' +
  'additional additionally address addresses addressing adduction adequate adhering adjunct adl ' +
  'administrator advanced adverse advise advised affecting affiliation after again against age agent ' +
  'agents aggravated aid airaksinen alcohol alert alignment all alleviate allow alone along already ' +
  'also alternative although american among amount an analgesia analgesic analgesics analog analogue ' +
  'anatomic anatomy ancillary and anesthesiology ankle another antalgic anterior anti anticipated ' +
  'anticonvulsants antidepressants anxiety any apparently appeal appealed appear appears applicant ' +
  'application applies apply appreciated approach approaches appropriate appropriately approve ' +
  'approved approximately are area areas arizona arm arms around arthritis arthroscopy articular as ' +
  'aspect assess assessed assessment assessments assigned assist assistance assistive associated at ' +
  'attempted attempts attended attending authorization authorized available avoid back background ' +
  'baclofen based basis be bearing because bed been before behavior being below bending beneficial ' +
  'benefit benign best better between beyond biceps bilateral bilaterally bleeding blood body bone ' +
  'bony both bottom brace brachial brain breakthrough bright bulges burning but buttock by ca calf ' +
  'california can cancer candidate candidates cane cannot capsaicin cardiac cardiovascular care ' +
  'carolina carpal case cases cauda cause caused causing certain certification certified cervical ' +
  'cervicalgia change changes chapter chest chief chiropractic chiropractor chronic circumstances ' +
  'citation cite cited citrate claim claimant claims clarification clarify class clear clearly clinic ' +
  'clinical clinically close closed cm cognitive cold collateral college colorado com combination ' +
  'commentary compared compelling complained complains complaint complaints complete completed ' +
  'completion complex complicated compounded comprehensive compression compromise computed concern ' +
  'concerns concurrent concussion condition conditions conduction conflicting consciousness ' +
  'consequently conservative consider consideration considerations considered consisted consistent ' +
  'constant consult consultant consultation contains contingent continuation continue continued ' +
  'continues continuing continuous contrast contribute control controlled contusion cord cornerstones ' +
  'corroborated cost could coupled course cream credentials criteria critical crps cruciate crutches ' +
  'ct cts cubital cuff cumulative cures current currently cyclobenzaprine daily data date dated day ' +
  'days december decipher decision decisions decrease decreased decreasing deemed deep deficit ' +
  'deficits define defined definitive deformity degenerative degrees delayed demonstrate demonstrated ' +
  'denial denied department depending depression derangement dermatomal dermatome dermatomes described ' +
  'describing despite detail detailed detailing details detect determination determinations determine ' +
  'determined developed device devices diagnosed diagnoses diagnosing diagnosis diagnostic diagnostics ' +
  'diazepam diclofenac did difficult difficulties difficulty diffuse digits diminished dip directed ' +
  'direction disability disabled disc discharge discomfort discontinued discuss discusses discussion ' +
  'disease disk dislocation disorder disorders displaced displacement disputed distal distress ' +
  'distribution diversion dizziness dme do doctor document documentation documented documents does ' +
  'done dos dose dosing down drawer dressing drop drug drugs due dull durable duration during duties ' +
  'duty dye dysfunction dystrophy each early ecchymosis edema edition eds education effect effective ' +
  'effectiveness effects efficacy effort effusion eight either elbow elbows electrical electro ' +
  'electrodiagnostic electromyogram electromyography eligible emergence emergency emg employee ' +
  'employer encompasses encounter end endurance energy ensure entrapment entrapments environmental ' +
  'epicondyle epicondylitis epidural equal equina equipment equivocal er esis especially establish ' +
  'established establishing etc etodolac evaluate evaluated evaluating evaluation evaluations even ' +
  'event events every evidence exacerbated exam examination exceed exceeding exceeds except ' +
  'exceptional excess excessive exercise exercises exhibited exists expected expenditure experience ' +
  'experienced experiencing experimental expert expertise explanation extended extending extension ' +
  'extensive extenuating external extreme extremities extremity face facet facilitate facility fact ' +
  'factors fading failed fails failure fall falling false familiar family fascia fda federal feet fell ' +
  'felt female few fewer fifth file filed film films final finding findings finger fingers finkelstein ' +
  'first five fixation flag flags flare flexeril flexibility flexion flexor florida fluid flurbiprofen ' +
  'focal follow followed following follows foot for foraminal forearm form formally formulation forth ' +
  'forward found four fourth fracture fractures frequency fritz from full function functional further ' +
  'furthermore gabapentin gadolinium gains gait gastrointestinal general generalized generally getting ' +
  'gi given gives go goal goals going good governing gradually greater grind grip gripping groin gross ' +
  'ground guarding guidance guide guideline guidelines had hand hands handwritten has hasten have ' +
  'having hawkins hcl he head headache headaches healing health hearing heat heavy heel help helped ' +
  'helpful helping her here hernia herniated hierarchy high higher highly him hip hips his history ' +
  'home hospice hospital hours how however hydrocodone hypertension i ibuprofen icd ice identified ' +
  'identify identifying if ii illness imaging immediate impact impairment impingement important ' +
  'imposed improve improved improvement improving imr in inability include included includes including ' +
  'inconclusive increase increased increases increasing incurred incurring independent index indicate ' +
  'indicated indicates indicating indication indications indicative indiscriminant individual induced ' +
  'industrial infection inflammation inflammatory information infrared inhibitor inhibitors initial ' +
  'initially initiated initiating injection injections injured injuries injury inner inpatient ' +
  'instability instances instead instructed instruction insufficient insult insurance intact intended ' +
  'intent intermittent internal interpreted intervention interventions intervertebral into intolerant ' +
  'intra invasive involve involves involving iowa irritation is issue issues it items its iw january ' +
  'jersey job joint joints july junction ketoprofen kind knee knees known laboratory lack large ' +
  'largely laser last lasting lateral laws least leaving left leg legs lesion lesions less letter ' +
  'level levels li licensure lidocaine lidoderm lifting ligament ligaments light like likely ' +
  'limitation limited limits limp line list listed literature little living loading localizing locking ' +
  'long longer lordosis loss loud low lower lowest lumbar lumbosacral made magnetic maintain ' +
  'maintenance major male management maneuver manipulation manual many maryland massachusetts massage ' +
  'maximum maximus may mcmurray md meaningful measurable measures mechanical mechanism medial median ' +
  'medical medically medicare medication medications medicine meet meets meloxicam memory meniscus ' +
  'mental mention met method methods mg mid middle mild mildly minimal minor misuse mm mobility ' +
  'modalities modality moderate moderately modification modifications modified modifying monitor ' +
  'monitored monitoring montana month months more moreover morning most motion motor motrin movement ' +
  'moves moving mri mris mtus much multiple muscle muscles musculature musculoskeletal must myalgia ' +
  'myofascial myositis nabumetone naprosyn naproxen narrowing nature nausea ncs ncv necessarily ' +
  'necessary necessity neck need needed needle needles needs neer negative nerve neural neuralgia ' +
  'neuritis neurologic neurological neurology neuropathic neuropathy new next night nine no noises non ' +
  'noncertified nondisplaced noninvasive nonspecific nonsteroidal nor norco normal north not notable ' +
  'notch note noted notes november now nsaid nsaids nucleus number numbness nursing objective ' +
  'objectively observation obtain obtained obtaining obvious occult occupational occurred occurs ' +
  'october odg of off office official often ohio ointment old on once one ongoing online only op open ' +
  'operative opioid opioids optimum option or oral order ordered ordering oregon original orphenadrine ' +
  'orthopedic osteoarthritis ot other otherwise out outcome outcomes outlined outpatient outside over ' +
  'overall overhead overturned overview page pages pain painful palliative palpable palpation ' +
  'paracervical paraspinal paravertebral paresthesias part partial partially participate particular ' +
  'particularly parts passive past patch patches patella patellar pathology patient patients peer ' +
  'pelvic pelvis pennsylvania people per percocet percutaneous perform performed performing period ' +
  'peripheral persist persistent personal phalanx phalen phase philosophy physical physician ' +
  'physicians physiologic physiotherapy pillow pinprick place placebo placed plain plan planned plasma ' +
  'platelet plus point points portion position positive possible post posterior postoperative ' +
  'postsurgical posture potential potentially pound pounds ppis pr practice practitioners preface ' +
  'preparation prescribed prescription presence present presented presenting presents pressure prevent ' +
  'preventing prevention preventive previous previously primarily primary prior priority private ' +
  'problems procedure procedures proceeding process produce product productive program programs ' +
  'progress progression progressive prolonged promote proton provide provided provider providers ' +
  'providing provocative proximal prp psychological psychosocial pt public pulling pulposus pump ' +
  'purchase purposes pursuant pushing qualified quality quantity question questionable quickly radial ' +
  'radiated radiates radiating radiation radicular radiculitis radiculopathy radiographs radiography ' +
  'radius raise randomized range rare rate rated rates rather rationale rationales ray rays re reason ' +
  'reasonable receive received receiving recent recently recommend recommendation recommendations ' +
  'recommended recommends record records recovery recurrence red reduce reduced reducing reduction ' +
  'refer referenced referral referred refill refills reflex reflexes regard regarding regimen region ' +
  'regional regions regular regulations rehabilitation related relaxant relaxants release relevant ' +
  'relief remain remaining remains renal rendered rental repair repeat repetitive report reported ' +
  'reportedly reporting reports request requested requesting requests require required requires ' +
  'reserved resistance resonance respond responded response rest restoration restoring restricted ' +
  'restrictions result resulted results retained retrospective return returned reveal revealed reveals ' +
  'review reviewed reviewer rfa rib rich right risk risks robaxin root rotation rotator routine ' +
  'routinely rule ruled sacroiliac safe safety said same scale scalp scan scans scapular schedule ' +
  'scheduled sciatic sciatica scope score screen screening screens second secondary section see ' +
  'seemingly seen seizure selected selection self sensation sensitive sensory sent separate series ' +
  'serious service services session sessions set several severe sharp she shooting short shortest ' +
  'should shoulder shoulders show showed showing shown shows side sided sign signed significant ' +
  'significantly signs silent similar since sit sitting situations six skilled skull sleep sleeping ' +
  'slight slightly sling small so soft some sooner sought source south space sparse spasm spasms speak ' +
  'special specialist specialties specialty specific specifically specified specify speech spinal ' +
  'spine spinous splint splinting spondylosis sports sprain spurling stabbing stabilization stable ' +
  'stand standard standing start started state stated states status stenosis steps sternocleidomastoid ' +
  'steroid steroidal stiffness still stimulation stop straight strain strength strengthening stress ' +
  'stretching strongly structures studies study subacromial subacute subjective subluxation submitted ' +
  'subsequent subsequently substance substantially subtle success such suffered sufficient ' +
  'sufficiently suggest suggested suggesting suggestive summary supervised supervision support ' +
  'supported supporting supportive supports surface surgeon surgery surgical suspect suspected ' +
  'suspicion sustained swelling sympathetic symptomatic symptoms syndrome table tablet tachycardia ' +
  'tactile take taken taking tapering task tear techniques temporarily temporary tender tenderness ' +
  'tendinitis tendinopathy tendon tendons tens term terminating terms test testing tests texas th than ' +
  'that the their then thenar therapeutic therapies therapist therapists therapy there therefore these ' +
  'they thigh third this thoracic thoracolumbar those three threshold through throughout thumb time ' +
  'times tinel tingling tissue titration to toe toes together tolerated tolerating tomography tone too ' +
  'tools topical total totally touch towards toxicology trained tramadol transcutaneous transfer ' +
  'transition transitioned trapezius trauma traumatic treat treated treating treatment treatments ' +
  'trial trials tried trigger true tumor tunnel twelve twice two tylenol type types typically udt ' +
  'ulnar ultram ultrasound unable unchanged unclear uncomplicated under undergo undergoing undergone ' +
  'underlying underwent unequivocal unit unknown unless unremarkable unresponsive unspecified until up ' +
  'updated upheld upon upper ur urine usage use used useful using utilization utilized value various ' +
  'vas vehicle velocities velocity verbal version versus vertebra vertebral very view virginia visit ' +
  'visits visual vomiting walk walking wall warrant warranted was washington wave way weakness weaning ' +
  'week weeks weight well went were west what wheelchair when where whether which while who why widely ' +
  'wife will willingness with within without work worker workers working worse worsened worsening ' +
  'worst would wound wrappings wrist wrists www year years yet york ';

export const LEXICON: ReadonlySet<string> = new Set(WORDS.split(' ').filter(Boolean));
