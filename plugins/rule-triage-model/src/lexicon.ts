import { createHash } from 'node:crypto';

/**
 * Cue words shared across the model's languages. They are FEATURES, not
 * rules: a match adds "cue:<concept>" to the text's features and the training
 * data decides how much it weighs (an insult cue in Dutch learns from insults
 * in all seven languages). Written folded (lower case, no accents); a
 * trailing "*" matches any ending ("idiot*": idiots, idiota, idioten), a
 * space separates the words of a phrase.
 */
const CUES: Record<string, string> = {
  insult: `
    idiot* moron* stupid* dumb dumbass* imbecil* cretin* retard* loser* scum* jackass* asshole* arsehole* dickhead* douche* clown* pathetic
    worthless incompetent* liar* thief thieves crook* fraud* bastard* bitch* cunt* twat* wanker* prick* whore* slut* pig pigs rat rats trash garbage
    connard* connasse* abruti* debile* bouffon* salaud* salope* ordure* enfoire* encule* batard* pute* minable* naze* nul nuls nulle
    escroc* voleur* voleurs menteur* guignol* tocard* cassos
    gilipolla* pendej* estupid* cabron* capull* subnormal* inutil* mamon* payas* sinverguenza* ladron* mentiros* tonto tonta tontos idiota* basura
    cerdo cerdos rata ratas
    arschloch* wichser* vollidiot* depp* trottel* versager* penner* spast* hurensohn* drecksau* dumm* bloed* behindert* schwachkop* luegner*
    betrueger* abzocker* pfeife* witzfigur*
    coglion* stronz* deficient* imbecill* scem* buffon* ladri ladro truffator* pagliacc* fallit* incapac* schifos*
    otario* babaca* burro burra burros palhac* ladra* ladroes ladrao vagabund* safad* canalha* trouxa* lixo nojent*
    klootzak* eikel* sukkel* debiel* mongool* lul lullo* idioot idioten oplichter* dief dieven prutser* randdebiel* kankerlijer* tyfuslijer* hoer*
    halfwit* muppet* charlatan* leech* creep* pervert* psycho* karen fatso fatass ugly hag witch cow skank* hoe hoes bimbo monkeys parasite* vermin
    conne grosse vache pouffiasse* pétasse* petasse* tare taree crevure* raclure* charogne* fumier* megere* aigri* cas soc boloss* baltringue* gogol*
    amargad* zorra* perra* guarra* gorda foca cerda mamarrach* garrul* paleto* cateto* soplapollas chupapollas malparid* huevon* boludo* pelotud* forro
    vollpfosten* spacko* hackfresse* missgeburt* kackbratze* arsch* schlampe* fotze* hexe* nieten gauner* luder* bloedmann* pisser* spinner* kroete*
    cicciona* ciccione* troia* zoccol* vacca* sfigat* buzzurr* cafone* demente* puttan* bastard* rincoglion* mentecatt* zitell*
    mocreia* vaca* piranha* cuzao* arrombad* desgracad* corno* aldrab* gatun* chulo* palerma* parvo* besta* jumento* mentiros* nojent*
    kutwijf* trut* teef* slet* sloerie* zak zakken boeven* zwakzinnig* achterlijk* aso asos tokkie* gluiperd* viezerik*
    numpt* nitwit* dimwit* dipshit* shithead* scumbag* lowlife* degenerate* simpleton* buffoon* cockroach* dumbo wasteman bellend* tosser* git gits
    plonker* pillock* knobhead* minger* slag* slapper* bogan* drongo* eejit* gobshite* dope dunce* airhead* brainless* spineless* gutless* cretin*
    snake snakes weasel* leech* sleazebag* sleaze* creep creeps sicko* freak freaks vulture* hyena* bloodsucker* swine
    abruti* andouille* cornichon* truffe* boloss* crétin* imbecile* sous merde* ordures trouduc* connard* enfoir* batard* chien chiens clochard* racaille*
    sangsue* vautour* serpent* vipere* pourriture* dechet* cafard* cafards
    imbecil* idiota* tarad* anormal* retrasad* gilipuert* pringad* bobo boba pavo mequetref* sabandija* rastrer* chupasangre* sanguijuela* vibora*
    cucaracha* escoria* desgraciad* miserable* cerdo* asqueros* baboso* naco nacos pendeja* culer* carbon* hdp ctm ptm
    dummkopf* hohlkopf* idiot* lappen* vollhonk* honk* dödel* doedel* lustmolch* lump* mistkerl* dreckskerl* drecksack* sack saecke* ratte* ratten
    parasit* abschaum* assi* asi* kanake* wixer* wixxer* wichs* alte sack schleimer* heuchler* aasgeier* geier* schlange* vollkoffer* koffer* bloedian*
    schwein* saftsack* pappnase* flachpfeife* hirni* hirnlos* dumpfbacke*
    cretino* idiota* deficiente* mongoloid* ritardat* somar* asin* maial* verme* parassit* sciacall* avvoltoi* serpe* vipera* scarafagg* feccia*
    lurido* lurida* schifoso* viscid* porco porci zozzon* cesso racchia* sgualdrin* cornut* bifolc* zotic*
    idiota* imbecil* retardad* debil* anta* asno* jegue* verme* parasit* urubu* cobra* barata* escoria* nojento* porco* porca* piranha* corno* otaria*
    imbeciel* halvezool* sukkel* mafkees* oen* lul* eikel* zak* hufter* rund* stomkop* debiel* sloeber* aap apen varken* kakkerlak* parasiet* uitschot*
    tuig schorem* klaploper* lapzwans* doos* muts* trut* heks*
  `,
  menace: `
    careful tonight parking accident warning warned shame regret* soon
    attention ce soir parking accident avertissement prevenu* dommage bientot sortie
    cuidado noche aparcamiento accidente aviso avisad* pena momento
    vorsicht heute nacht abend parkplatz unfall warnung gewarnt schade
    attento attenta stasera parcheggio incidente avvertimento avvisat* peccato
    cuidado noite estacionamento acidente aviso avisad* pena olho
    voorzichtig vanavond parkeerplaats ongeluk waarschuwing gewaarschuwd zonde
  `,
  profanity: `
    fuck* fck* fuk* fuq* shit* bullshit* crap* damn* piss* wtf omfg ffs
    merde* putain* bordel* chier* foutre* nique* niquer* ptn fdp tg
    mierda* joder* jodid* cono carajo* puta* hostia* cojon* verga* chingad* pinche* culer*
    scheiss* scheis* kacke* verdammt* verfickt* fick*
    cazzo* merda* minchia* vaffanculo* porca* fottut* incazz*
    porra* caralho* foda* fodid* cacete* pqp
    kut* godverdomme* verdomme* tering* kanker* kolere* klote* gvd
  `,
  threat: `
    kill* murder* hurt stab* shoot punch* smash* destroy* regret* revenge hunt burn dead
    tuer buter crever brule* cramer frapper defoncer regrett* vengeance
    matar mato quemar pegar arrepentir* venganza cuidate
    umbringen toeten abfackeln anzuenden verbrennen schlagen verpruegeln bereuen rache
    ammazz* uccid* brucia* picchi* spacc* pentir* vendetta
    queimar bater arrebent* arrepender* vinganca
    vermoord* doodmaken afbranden slaan spijt wraak
  `,
  complaint: `
    pricey meh mediocre bland soggy greasy smelly stinks mould mold stain* scratch* crack* faulty defective flicker* squeal* peeling wobbly sticky
    noisy unhelpful understaffed waited worse lost billed
    fade immangeable tiede bruyant* tache* raye* defectueu* panne attendu annule* perdu*
    soso grasient* ruidos* manchad* rayad* defectuos* averiad* espere cancelad* perdid* normalit*
    laut fleckig zerkratzt defekt gewartet storniert verloren ewig wackel* mittelmaessig
    insipid* rumoros* macchiat* graffiat* difettos* guast* aspettato annullat* pers* mediocr* pessim*
    barulhent* riscad* defeituos* avariad* esperei cancelad* perdid* pessim* mediano
    smakeloos lawaai* vlek* kras* defect gewacht geannuleerd kwijt matig slecht*
    late delay* delayed broken damaged refund* cold rude dirty worst disappoint* terrible awful horrible waiting missing
    wrong overcharged cancel* leak* overcooked undercooked burnt stale expensive overpriced scam ripoff useless unacceptable
    complain* complaint* problem* issue* crash* bug* slow ignored
    retard casse abime rembourse* froid froide impoli* pire decu* decevant* attente manquant erreur arnaque inadmissible inacceptable probleme* plainte
    lent lente
    tarde tardanza retraso roto rota danad* reembols* frio fria grosero* sucio* sucia peor decepcion* decepcionad* esperando falta caro estafa
    inaceptable problema* queja reclam* lento lenta
    spaet verspaetet verspaetung kaputt beschaedigt erstattung* rueckerstattung kalt unfreundlich* dreckig schmutzig schlimmst* enttaeusch* schrecklich
    furchtbar warte fehlt falsch teuer abzocke inakzeptabel beschwerde langsam
    ritardo rott* danneggiat* rimbors* fredd* maleducat* sporc* peggior* delus* orribil* aspetto manca sbagliat* truffa inaccettabil* lent*
    atraso atrasad* quebrad* danificad* estorno grosseir* suj* pior decepcion* horrivel errad* golpe inaceitavel reclamac*
    laat vertraging kapot beschadigd terugbetal* koud onbeleefd vies smerig slechtst* teleurgesteld* verschrikkelijk wacht ontbreekt fout duur
    oplichting onacceptabel probleem* klacht traag
    lukewarm watery undercooked raw mushy rubbery tough dry cracked ripped torn dented scratched wrong unanswered ignored unreliable inconsistent
    downhill declined disappointed disappointing letdown waste wasted ruined spoiled expired mouldy moldy lumpy filthy grimy sticky cramped
    overbooked outdated glitchy laggy frozen freezes logs logged hangs unusable charged overcharging hidden fees fee surcharge
    tiede cru crue brule* rate* dechire* abime* ignore* fiable gaspill* perime* moisi* sale crasseu* bonde* bug* plante* frais cache*
    tibio tibia crudo cruda quemad* pasad* rot* ignorad* caducad* mohos* sucio* cobr* comision* cargo* colgad* traba*
    lauwarm roh verbrannt zaeh* trocken* zerrissen* ignoriert* abgelaufen* schimmel* dreck* gebuehr* aufpreis* haengt* abgestuerzt* unbrauchbar*
    tiepid* crud* bruciat* scott* strappat* ignorat* scadut* muff* sporc* commission* addebit* bloccat* inutilizzabil*
    morn* cru crua queimad* rasgad* ignorad* vencid* mofad* taxa* cobranc* travad* inutilizave*
    lauw rauw verbrand* taai droog droge gescheurd* genegeerd* verlopen* schimmel* vies vieze kosten toeslag* vastgelopen* onbruikbaar*
  `,
  praise: `
    worth saved shoutout legend legends gem heaven divine stellar flawless wow sweet
    chapeau regal pepite nickel impeccable adorable
    diez espectacular brutal crack joya maravilla riquisim* divertidisim* majisim* agradece
    geheimtipp begeistert traumhaft spitzenklasse sensationell empfehlenswert hervorragend genial
    spettacol* fantastic* eccezional* impeccabil* gentilissim* complimenti consigliatissim*
    demais incrive* maquina espetacul* impecave* arrasou valeu
    toppers topper kanjers aardig
    love loved lovely great amazing awesome excellent fantastic wonderful perfect best delicious tasty friendly helpful recommend* thanks thank
    thx ty brilliant superb outstanding beautiful gorgeous nice good happy impressed favourite favorite kudos
    merci adore super genial excellent* parfait* meilleur* delicieu* sympa gentil* recommande* bravo magnifique top incroyable ravi* content* formidable
    gracias encanta* excelente* perfect* mejor* delicios* amable* recomiend* recomendad* maravillos* increible* felicidades buenisim* fantastic*
    danke liebe toll klasse grossartig* ausgezeichnet* perfekt* beste* lecker* freundlich* empfehle* empfehlen* wunderbar* wunderschoen hammer
    mega spitze
    grazie adoro ottim* perfett* miglior* delizios* consiglio consigliat* bravissim* stupend* meraviglios* buonissim*
    obrigad* amei otim* perfeit* melhor* simpatic* recomendo maravilhos* incrivel parabens
    bedankt dankjewel geweldig* fantastisch* lekker* vriendelijk* aanrader aanbevel* prachtig* toppie heerlijk*
    phenomenal fab fabulous faultless spotless lifesaver lifesavers star stars angel angels hero heroes champ champs cracking smashing ace
    bomb banging unreal incredible fantastic marvellous marvelous exceptional superb grateful appreciated appreciate enjoyed enjoy loving cosy cozy
    bijou merveille* formidable* genialissim* epatant* extra chouette* geniaux pepites remerci* satisfait* agreable* accueillant* chaleureu* soign*
    maravilla* estupend* genial* buenisim* graciosisim* crack cracks fenomenal* agradecid* satisfech* acogedor* atent* encantador* bacan* chevere*
    padrisim* chimba
    fantastisch* sensationell* weltklasse* dankbar* zufrieden* gemuetlich* aufmerksam* herzlich* sympathisch* kompetent* einwandfrei* erstklassig*
    eccellent* splendid* fenomenal* grat* soddisfatt* accoglient* cordial* gentil* professional* squisit* favolos* strepitos*
    sensacional* fenomenal* grat* satisfeit* acolhedor* atencios* encantador* sabor* deliciosa delicioso top
    fantastisch* fenomenaal* dankbaar* tevreden* gezellig* attent* hartelijk* behulpzaam* vakkundig* subliem* bangelijk* schitterend* super
  `,
  question_ask: `lmk wondering curious`,
  spam: `
    money cash loan loans lender returns engagement audience leads agency marketing boost growth viral exposure dms whatsapp onlyfans vapes pills
    keto viagra cialis ozempic replica locked unlock deactivated surveys
    argent revenus investir rendement pret credit agence visibilite abonne abonnez partagez chaine bloque rencontres celibataires
    dinero ingresos invertir inversion rentabilidad prestamo* credito agencia visibilidad siguenos comparte cadena bloquead* apuestas adelgazar duplica
    geld verdienen einkommen investieren rendite kredit agentur reichweite fans teile kette
    soldi guadagn* reddito investire rendimento prestit* agenzia visibilita condividi catena bloccat* dimagrire integratori
    dinheiro renda emprestimo* agencia visibilidade compartilhe partilha corrente bloquead* cassino emagrecer
    inkomen investeren rendement lening bureau bereik deel ketting afvallen
    followers follower likes subscribers promo promote promotion seo ranking traffic backlinks dm inbox whatsapp telegram crypto bitcoin btc
    eth usdt invest* profit* earn earning income forex trading click link bio verify verification suspended suspend* violation
    appeal copyright winner giveaway prize claim free gift congratulations selected cheap discount offer collab collaboration ambassador
    partnership sponsor* cashapp paypal onlyfans sexy singles dating casino betting loan lottery faf followback
    abonnes gagner gagne gratuit cadeau felicitations cliquez lien verifier compte suspendu partenariat
    seguidores ganar gratis regalo haz clic enlace verificar cuenta suspendida colaboracion
    gewinnen geschenk glueckwunsch klicke verifizieren konto gesperrt kooperation
    seguaci vincere congratulazioni clicca verifica sospeso collaborazione
    ganhar presente clique conta suspensa parceria
    volgers winnen gefeliciteerd klik verifieer geblokkeerd samenwerking
    nft nfts airdrop* metamask wallet* binance forex signals mentor* mentorship coaching dropshipping shopify funnel* backlink*
    trustpilot tripadvisor yelp 1-star featured podcast award* nominated
    listing directory directories registration renewal domain
    irs hmrc kyc otp
    annuaire renouvellement
    directorio renovacion
    verzeichnis verlaengerung
    elenco rinnovo
    diretorio renovacao
    verlenging
  `,
  addressee: `
    you your youre u ur yall tu toi vous votre vos usted ustedes vosotros du dich dir dein deine ihr euch euer voi tuo tua vostro vostra voce voces vc
    teu jij jou jouw jullie uw
  `,
};

/** Words that open a question, matched on the first word only ("Habt ihr...", "Est-ce...", "Do you..."). */
const QUESTION_OPENERS = new Set(
  `what when where why how who which whats wheres hows do does did is are can could would will should any anyone anybody
  est pourquoi comment quand ou qui quel quelle quels quelles combien avez pouvez etes peut faut savez
  que cuando donde como quien cual cuanto cuanta cuantos hay tienen tiene pueden puede alguien abren hacen
  wie was wann wo warum wieso weshalb wer welche welcher welches wieviel gibt habt haben koennt koennen kann ist sind macht
  cosa come quando dove perche chi quale quanto quanti ce avete potete si qualcuno fate
  o como quem qual quantos tem voces podem pode alguem fazem
  wat hoe wanneer waar waarom welke hoeveel hebben kunnen zijn doen weet`.split(/\s+/),
);

/** Negation flips what the next few words mean: "no complaints", "pas mauvais", "nicht schlecht", "niente male". */
const NEGATORS = new Set(
  `not no never nothing nobody none neither nor without t hardly
  ne pas jamais rien aucun aucune sans
  nunca nada nadie ningun ninguna sin tampoco
  nicht kein keine keinen keiner keinem nie niemals nichts ohne
  non mai niente nulla nessun nessuno nessuna senza
  nao nem nenhum nenhuma sem
  niet geen nooit niets niemand zonder`.split(/\s+/),
);

/** After a contrast the clause that follows usually carries the verdict: "not cheap, but worth it". */
const CONTRASTS = new Set('but however though although yet mais pourtant cependant pero aunque aber doch allerdings jedoch ma pero tuttavia mas porem contudo maar toch echter'.split(' '));

export function isNegator(word: string): boolean {
  return NEGATORS.has(word);
}

export function isContrast(word: string): boolean {
  return CONTRASTS.has(word);
}

export function isQuestionOpener(word: string): boolean {
  return QUESTION_OPENERS.has(word);
}

const WORD_SEPARATOR = /\s+/;

interface Cue {
  concept: string;
  words: string[];
}

/** Runs of a repeated letter read as one ("fuuck", "gooood", "good" alike). */
function key(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

const exact = new Map<string, Set<string>>();
const prefixes = new Map<string, Set<string>>();
const phrases = new Map<string, Cue[]>();
const byLength = new Map<number, Array<{ word: string; concepts: Set<string> }>>();

function add(map: Map<string, Set<string>>, word: string, concept: string) {
  let set = map.get(word);
  if (!set) map.set(word, (set = new Set()));
  set.add(concept);
}

for (const [concept, list] of Object.entries(CUES)) {
  for (const entry of list.trim().split(WORD_SEPARATOR)) {
    if (!entry) continue;
    if (entry.endsWith('*')) add(prefixes, key(entry.slice(0, -1)), concept);
    else add(exact, key(entry), concept);
  }
}

/** Multi-word cues ("know where you live", "thanks for nothing"), matched on consecutive tokens. */
const PHRASES: Record<string, string[]> = {
  threat: [
    'know where you live', 'watch your back', 'pay for this', 'coming for you', 'find you', 'burn down', 'burns down', 'you will regret', 'gonna get you',
    'je sais ou tu habites', 'tu vas le payer', 'tu vas payer', 'fais gaffe a toi', 'on va te', 'je vais te', 'on sait ou', 'casser la gueule',
    'se donde vives', 'me las vas a pagar', 'te vas a arrepentir', 'partir la cara', 'ich weiss wo du wohnst', 'pass bloss auf', 'pass auf',
    'das wirst du bereuen', 'so dove abiti', 'la pagherai', 'te la faccio pagare', 'stai attento', 'sei onde voce mora', 'sei onde mora',
    'vai se arrepender', 'vais pagar', 'vai pagar', 'se cuida', 'ik weet waar je woont', 'je gaat eraan', 'pas maar op', 'kijk uit', 'in de fik',
    'in elkaar',
  ],
  menace: [
    'your kids', 'your children', 'your family', 'your house', 'your home', 'your car', 'your wife', 'your daughter', 'shame if', 'see what happens',
    'last warning', 'be careful', 'watch out', 'after your shift', 'when you close', 'tes enfants', 'ta famille', 'ta maison', 'ta fille', 'ta voiture',
    'dommage si', 'dernier avertissement', 'fais attention', 'a la sortie', 'tus hijos', 'tu familia', 'tu casa', 'tu coche', 'tu hija', 'seria una pena',
    'ultimo aviso', 'ten cuidado', 'deine kinder', 'deine familie', 'dein haus', 'dein auto', 'deine tochter', 'waere schade', 'letzte warnung',
    'i tuoi figli', 'la tua famiglia', 'casa tua', 'la tua macchina', 'tua figlia', 'sarebbe un peccato', 'ultimo avvertimento', 'teus filhos',
    'seus filhos', 'tua familia', 'sua familia', 'tua casa', 'sua casa', 'seria uma pena', 'ultimo aviso', 'de olho', 'je kinderen', 'je familie',
    'je huis', 'je auto', 'je dochter', 'zou zonde zijn', 'laatste waarschuwing',
  ],
  complaint: [
    'never arrived', 'never came', 'charged twice', 'rip off', 'not working', 'doesnt work', 'stopped working', 'no answer', 'no reply', 'nobody answered',
    'still waiting', 'still no', 'en retard', 'jamais recu', 'toujours pas', 'trop cher', 'ne marche pas', 'ne fonctionne pas', 'aucune reponse',
    'nunca llego', 'no funciona', 'sin respuesta', 'nadie contesta', 'todavia no', 'nie angekommen', 'immer noch', 'funktioniert nicht',
    'keine antwort', 'in ritardo', 'mai arrivato', 'mai arrivata', 'non funziona', 'nessuna risposta', 'ancora niente', 'nunca chegou', 'mal educado',
    'nao funciona', 'sem resposta', 'ate agora', 'te laat', 'nooit aangekomen', 'geld terug', 'nog steeds', 'werkt niet', 'geen antwoord',
  ],
  praise: ['best ever', 'ever had', 'ever been', 'never had better', 'cant recommend', 'highly recommend', 'thank you so much', 'so grateful',
    'went above and beyond', 'above and beyond', 'cinq etoiles', 'jamais eu', 'je recommande', 'merci beaucoup', 'cinco estrellas', 'lo recomiendo',
    'muchas gracias', 'fuenf sterne', 'vielen dank', 'kann ich empfehlen', 'cinque stelle', 'grazie mille', 'lo consiglio', 'cinco estrelas',
    'muito obrigado', 'muito obrigada', 'recomendo muito', 'vijf sterren', 'heel erg bedankt', 'echt een aanrader', 'five stars', 'well done', 'dank je', 'hats off', 'chapeau bas', 'top notch', 'spot on', 'out of this world', 'nichts zu meckern', 'de diez', 'worth every'],
  question_ask: [
    'do you have', 'do you do', 'do you sell', 'do you deliver', 'do you ship', 'are you open', 'is there', 'can i', 'can we', 'could you', 'how much',
    'what time', 'any vegan', 'still available', 'vous avez', 'vous faites', 'vous livrez', 'c est combien', 'a quelle heure', 'on peut', 'je peux',
    'teneis', 'tienen', 'hacen envios', 'cuanto cuesta', 'a que hora', 'se puede', 'puedo', 'habt ihr', 'haben sie', 'was kostet', 'um wie viel uhr',
    'kann ich', 'koennt ihr', 'avete', 'fate', 'quanto costa', 'a che ora', 'si puo', 'posso', 'voces tem', 'tem como', 'quanto custa', 'que horas',
    'da para', 'hebben jullie', 'hebt u', 'wat kost', 'hoe laat', 'kan ik', 'kunnen jullie', 'zijn jullie',
    'let me know', 'i was wondering', 'would like to know', 'want to know', 'is it possible', 'do you know', 'any chance', 'any idea', 'please advise',
    'please confirm', 'je voudrais savoir', 'j aimerais savoir', 'je me demandais', 'est ce que', 'est il possible', 'dites moi', 'quelqu un sait',
    'me gustaria saber', 'quisiera saber', 'queria saber', 'me pregunto', 'es posible', 'alguien sabe', 'ich wollte fragen', 'weiss jemand',
    'ist es moeglich', 'wuerde gerne wissen', 'mal fragen', 'vorrei sapere', 'volevo sapere', 'mi chiedevo', 'qualcuno sa', 'sapete se',
    'gostaria de saber', 'queria saber', 'alguem sabe', 'sera que', 'sabem se', 'ik vroeg me af', 'weet iemand', 'is het mogelijk', 'laat even weten',
    'ik wil graag weten',
  ],
  sarcasm: [
    'thanks for nothing', 'yeah right', 'great job', 'just wow', 'only took', 'what a joke', 'oh great', 'merci pour rien', 'quelle blague',
    'gracias por nada', 'que maravilla', 'danke fuer nichts', 'na toll', 'ganz toll', 'grazie di niente', 'grazie per niente', 'ma bravi',
    'obrigado por nada', 'que beleza', 'bedankt voor niets', 'top hoor', 'goed bezig',
  ],
  spam: [
    'make money', 'work from home', 'passive income', 'lead generation', 'relations presse', 'renda extra', 'check my profile', 'link in bio', 'follow back', 'follow for follow', 'dm me', 'dm us', 'check out my page', 'visit my page', 'click the link',
    'your account', 'your page', 'click here', 'limited offer', 'will be suspended', 'will be disabled', 'will be deleted', 'permanently deleted',
    'verify your', 'confirm your', 'community standards', 'copyright infringement', 'within 24 hours', 'within 48 hours', 'first page of google',
    'page 1 of google', 'more customers', 'more sales', 'grow your', 'boost your', 'increase your', 'we can help', 'our agency', 'our team can',
    'remove negative reviews', 'buy reviews', 'real reviews', 'cheap followers', 'real followers', 'follow me', 'sub4sub', 'f4f', 'l4l',
    'votre compte', 'votre page', 'sera supprime', 'sera suspendu', 'cliquez ici', 'premiere page', 'plus de clients', 'tu cuenta', 'tu pagina',
    'sera eliminada', 'haz clic aqui', 'primera pagina', 'mas clientes', 'dein konto', 'ihr konto', 'ihre seite', 'wird gesperrt', 'wird geloescht',
    'hier klicken', 'erste seite', 'mehr kunden', 'il tuo account', 'la tua pagina', 'verra sospeso', 'verra eliminato', 'clicca qui', 'prima pagina',
    'piu clienti', 'sua conta', 'sua pagina', 'sera suspensa', 'sera excluida', 'clique aqui', 'primeira pagina', 'mais clientes', 'je account',
    'uw account', 'je pagina', 'wordt geblokkeerd', 'wordt verwijderd', 'klik hier', 'eerste pagina', 'meer klanten',
  ],
  profanity: ['ta gueule', 'me cago', 'puta que pariu'],
  insult: ['piece of shit', 'waste of space', 'waste of skin', 'brain dead', 'ok boomer', 'son of a bitch', 'sous merde', 'tete de con',
    'pedazo de mierda', 'hijo de perra', 'stueck scheisse', 'pezzo di merda', 'figlio di puttana', 'pedaco de merda', 'stuk stront', 'hijo de puta', 'bande de', 'testa di cazzo', 'filho da puta', 'pauvre con', 'fils de pute'],
};
for (const [concept, list] of Object.entries(PHRASES)) {
  for (const phrase of list) {
    const words = phrase.split(' ').map(key);
    const first = words[0];
    const cues = phrases.get(first) ?? [];
    cues.push({ concept, words });
    phrases.set(first, cues);
  }
}
for (const map of [exact, prefixes]) {
  for (const [word, concepts] of map) {
    const list = byLength.get(word.length) ?? [];
    list.push({ word, concepts });
    byLength.set(word.length, list);
  }
}

const NO_CUES: ReadonlySet<string> = new Set();

const CACHE_SIZE = 50_000;
const cache = new Map<string, ReadonlySet<string>>();

/** Concepts of one folded word: exact, by prefix (3+ letters), or a starred word matching a cue of the same length ("b*tch"). */
export function wordCues(word: string): ReadonlySet<string> {
  let cues = cache.get(word);
  if (cues === undefined) {
    // Words repeat a lot across texts; a full cache starts over rather than grow without bound.
    if (cache.size >= CACHE_SIZE) cache.clear();
    cues = computeCues(word);
    cache.set(word, cues);
  }
  return cues;
}

function computeCues(word: string): ReadonlySet<string> {
  const folded = key(word);
  const found = new Set<string>(exact.get(folded) ?? NO_CUES);
  for (let length = folded.length; length >= 3; length--) {
    const concepts = prefixes.get(folded.slice(0, length));
    if (concepts) concepts.forEach((concept) => found.add(concept));
  }
  if (folded.includes('*') && folded.replace(/\*/g, '').length >= 1) {
    const pattern = new RegExp(`^${folded.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.')}$`);
    for (const length of [folded.length, folded.length + 1, folded.length + 2]) {
      for (const candidate of byLength.get(length) ?? []) {
        if (!(pattern.test(candidate.word.slice(0, folded.length)) && (length === folded.length || folded.endsWith('*')))) continue;
        // People star out swear words and insults, not other words.
        for (const concept of candidate.concepts) if (concept === 'insult' || concept === 'profanity') found.add(concept);
      }
    }
  }
  return found.size ? found : NO_CUES;
}

/** Phrase cues starting at each token: [concept, first token, last token]. */
export function phraseCues(words: readonly string[]): Array<[string, number, number]> {
  const found: Array<[string, number, number]> = [];
  const keys = words.map(key);
  keys.forEach((first, start) => {
    for (const cue of phrases.get(first) ?? []) {
      if (cue.words.every((word, offset) => keys[start + offset] === word)) found.push([cue.concept, start, start + cue.words.length - 1]);
    }
  });
  return found;
}

/** Changes with any word list above: a model trained on other lists reads its features wrongly (see FEATURE_SET). */
export const LEXICON_FINGERPRINT = createHash('sha256')
  .update(JSON.stringify([CUES, PHRASES, [...QUESTION_OPENERS], [...NEGATORS], [...CONTRASTS]]))
  .digest('hex')
  .slice(0, 16);
