import { createHash } from 'node:crypto';

const MARKS = /\p{M}/gu;
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * The forms a list entry is matched in. Texts are folded with their accents stripped ("Lügner" → "lugner"), and
 * German is often typed without umlauts ("luegner"), so an entry written with its accents ("lügner*") matches
 * both; "-" and "'" split words in texts, so they separate the words of a phrase here too.
 */
function entryForms(entry: string): string[] {
  const lower = entry.toLowerCase().replace(/ß/g, 'ss').replace(/[-'’]/g, ' ').replace(/\s+/g, ' ').trim();
  const stripped = lower.normalize('NFKD').replace(MARKS, '');
  const transliterated = lower.replace(/[äöü]/g, (char) => UMLAUTS[char]).normalize('NFKD').replace(MARKS, '');
  return stripped === transliterated ? [stripped] : [stripped, transliterated];
}

function foldedSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).flatMap(entryForms));
}

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
    worthless incompetent* liar* thief thieves crook* fraud* bastard* bitch* cunt* twat* wanker* prick* whore* slut* pig pigs
    connard* connasse* abruti* debile* bouffon* salaud* salope* ordure* enfoire* encule* batard* pute* minable* naze* nul nuls nulle
    escroc* voleur* voleurs menteur* guignol* tocard* cassos
    gilipolla* pendej* estupid* cabron* capull* subnormal* inutil* mamon* payas* sinverguenza* ladron* mentiros* tonto tonta tontos idiota*
    arschloch* wichser* vollidiot* depp* trottel* versager* penner* spast* hurensohn* drecksau* dumm* blöd blöde blöden blöder blödes behindert* schwachkop* lügner*
    betrüger* abzocker* pfeife* witzfigur*
    coglion* stronz* deficient* imbecill* scem* buffon* ladri ladro truffator* pagliacc* fallit* incapac* schifos*
    otario* babaca* burra burros palhac* ladra* ladroes ladrao vagabund* safad* canalha* trouxa* nojent*
    klootzak* eikel* sukkel* debiel* mongool* lul lullo* idioot idioten oplichter* dief dieven prutser* randdebiel* kankerlijer* tyfuslijer* hoer*
    halfwit* muppet* charlatan* leech* creep* pervert* karen fatso fatass ugly hag skank*  hoes bimbo parasite* vermin
    conne vache pouffiasse* pétasse* petasse* tare taree crevure* raclure* charogne* fumier* megere* aigri* boloss* baltringue* gogol*
    amargad* zorra* guarra* gorda cerda mamarrach* garrul* paleto* cateto* soplapollas chupapollas malparid* huevon* boludo* pelotud* forro
    vollpfosten* spacko* hackfresse* missgeburt* kackbratze* arsch* schlampe* fotze* nieten gauner* luder* blödmann* pisser* spinner* kröte*
    cicciona* ciccione* troia* zoccol* vacca* sfigat* buzzurr* cafone* demente* puttan* bastard* rincoglion* mentecatt* zitell*
    mocreia* piranha* cuzao* arrombad* desgracad* corno* aldrab* gatun* palerma* parvo* besta bestas jumento* mentiros* nojent*
    kutwijf* trut* teef* slet* sloerie*   boeven* zwakzinnig* achterlijk* aso asos tokkie* gluiperd* viezerik*
    numpt* nitwit* dimwit* dipshit* shithead* scumbag* lowlife* degenerate* simpleton* buffoon* dumbo wasteman bellend* tosser*
    plonker* pillock* knobhead* minger* slapper* bogan* drongo* eejit* gobshite* dunce* airhead* brainless* spineless* gutless* cretin*
    weasel* leech* sleazebag* sleaze* creep creeps sicko* vulture* hyena* bloodsucker* swine
    abruti* boloss* crétin* imbecile* ordures trouduc* connard* enfoir* batard* clochard* racaille*
    sangsue* vautour* vipere* pourriture* dechet*
    imbecil* idiota* tarad* anormal* retrasad* gilipuert* pringad* bobo mequetref* sabandija* rastrer* chupasangre* sanguijuela* vibora*
    escoria* desgraciad* miserable* asqueros* baboso* naco nacos pendeja* culer*  hdp ctm ptm
    dummkopf* hohlkopf* idiot* vollhonk* dödel* dödel* lustmolch* lump* mistkerl* dreckskerl* drecksack*
    parasit* abschaum* assi asozial* kanake* wixer* wixxer* wichs* schleimer* heuchler* aasgeier* geier* vollkoffer* blödian*
    schwein schweine schweinehund* saftsack* pappnase* flachpfeife* hirni* hirnlos* dumpfbacke*
    cretino* idiota* deficiente* mongoloid* ritardat* somar* asin* parassit* sciacall* avvoltoi* vipera* feccia*
    lurido* lurida* schifoso* viscid*   zozzon* cesso racchia* sgualdrin* cornut* bifolc* zotic*
    idiota* imbecil* retardad*  anta* asno* jegue*  parasit* urubu*  escoria* nojento*   piranha* corno* otaria*
    imbeciel* halvezool* sukkel* mafkees* oen* lul* eikel*  hufter*  stomkop* debiel* sloeber* aap apen varken* kakkerlak* parasiet* uitschot*
    tuig schorem* klaploper* lapzwans*  muts* trut* heks*
    psycho psychos hexe slag slags
  `,
  menace: `
    careful tonight parking accident warning warned shame regret* soon
    attention ce-soir  parking accident avertissement prevenu* dommage bientot sortie
    cuidado noche aparcamiento accidente aviso avisad* pena momento
    vorsicht heute-nacht heute-abend   parkplatz unfall warnung gewarnt schade
    attento attenta stasera parcheggio incidente avvertimento avvisat* peccato
    cuidado noite estacionamento acidente aviso avisad* pena olho
    voorzichtig vanavond parkeerplaats ongeluk waarschuwing gewaarschuwd zonde
  `,
  profanity: `
    fuck* fck* fuk* fuq* shit* bullshit* crap* damn* piss* wtf omfg ffs
    merde* putain* bordel* chier* foutre* nique* niquer* ptn fdp tg tabarnak* tabarnac* câliss* crisse ostie esti
    mierda* joder* jodid* cono carajo* puta* hostia* cojon* verga* chingad* pinche* culer*
    scheiss* scheis* kacke* verdammt* verfickt* fick* zefix gopferdammi* gopfertami*
    cazzo* merda* minchia* vaffanculo* porca* fottut* incazz*
    porra* caralho* foda* fodid* cacete* pqp
    kut* godverdomme* verdomme* tering* kanker* kolere* klote* gvd
  `,
  threat: `
    kill kills killed killing murder* hurt stab stabs stabbed stabbing shoot punch* smash destroy* regret* revenge hunt burn dead
    tuer  crever brule* cramer frapper defoncer regrett* vengeance
    matar mato quemar pegar arrepentir* venganza cuidate
    umbringen töten abfackeln anzünden verbrennen schlagen verprügeln bereuen rache
    ammazzo ammazzare ammazzarti ammazzati ammazzato ammazzerò uccid* brucia* picchi* spacco spaccare spaccarti spacchiamo spaccherò pentir* vendetta
    queimar bater arrebent* arrepender* vinganca
    vermoord* doodmaken afbranden slaan spijt wraak
  `,
  complaint: `
    pricey meh mediocre bland soggy greasy smelly stinks mould mold stain* scratch* crack* faulty defective flicker* squeal* peeling wobbly sticky
    noisy unhelpful understaffed waited worse lost billed
    fade immangeable tiede bruyant* tache* raye* defectueu* panne attendu annule* perdu*
    soso grasient* ruidos* manchad* rayad* defectuos* averiad* espere cancelad* perdid* normalit*
    laut fleckig zerkratzt defekt gewartet storniert verloren ewig wackel* mittelmäßig
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
    spät verspätet verspätung kaputt beschädigt erstattung* rückerstattung kalt unfreundlich* dreckig schmutzig schlimmst* enttäusch* schrecklich
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
    lauwarm roh verbrannt zäh* trocken* zerrissen* ignoriert* abgelaufen* schimmel* dreck* gebühr* aufpreis* hängt* abgestürzt* unbrauchbar*
    tiepid* crud* bruciat* scott* strappat* ignorat* scadut* muff* sporc* commission* addebit* bloccat* inutilizzabil*
    morno morna cru crua queimad* rasgad* ignorad* vencid* mofad* taxa* cobranc* travad* inutilizave*
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
    danke liebe toll klasse grossartig* ausgezeichnet* perfekt* beste* lecker* freundlich* empfehle* empfehlen* wunderbar* wunderschön hammer
    mega spitze
    grazie adoro ottim* perfett* miglior* delizios* consiglio consigliat* bravissim* stupend* meraviglios* buonissim*
    obrigad* amei otim* perfeit* melhor* simpatic* recomendo maravilhos* incrivel parabens
    bedankt dankjewel geweldig* fantastisch* lekker* vriendelijk* aanrader aanbevel* prachtig* toppie heerlijk*
    phenomenal fab fabulous faultless spotless lifesaver lifesavers star stars angel angels hero heroes champ champs cracking smashing ace
    bomb banging unreal incredible fantastic marvellous marvelous exceptional superb grateful appreciated appreciate enjoyed enjoy loving cosy cozy
    bijou merveille* formidable* genialissim* epatant* extra chouette* geniaux pepites remerci* satisfait* agreable* accueillant* chaleureu* soign*
    maravilla* estupend* genial* buenisim* graciosisim* crack cracks fenomenal* agradecid* satisfech* acogedor* atent* encantador* bacan* chevere*
    padrisim* chimba
    fantastisch* sensationell* weltklasse* dankbar* zufrieden* gemütlich* aufmerksam* herzlich* sympathisch* kompetent* einwandfrei* erstklassig*
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
    gewinnen geschenk glückwunsch klicke verifizieren konto gesperrt kooperation
    seguaci vincere congratulazioni clicca verifica sospeso collaborazione
    ganhar presente clique conta suspensa parceria
    volgers winnen gefeliciteerd klik verifieer geblokkeerd samenwerking
    nft nfts airdrop* metamask wallet* binance forex signals mentor* mentorship coaching dropshipping shopify funnel* backlink*
    trustpilot tripadvisor yelp 1-star featured podcast award* nominated
    listing directory directories registration renewal domain
    irs hmrc kyc otp
    annuaire renouvellement
    directorio renovacion
    verzeichnis verlängerung
    elenco rinnovo
    diretorio renovacao
    verlenging
  `,
  addressee: `
    you your youre u ur yall tu toi vous votre vos usted ustedes vosotros du dich dir dein deine ihr euch euer voi tuo tua vostro vostra voce voces vc
    teu jij jou jouw jullie uw
  `,
};

/**
 * More cue words, by kind and language (second round of the lists): everyday insults and slurs, threats without
 * swear words, sexual harassment, spam and phishing, and outbound wording (insensitive, unsupported claims, sales
 * pressure). Written with their accents (the matcher folds them); a space makes a phrase.
 */
const MORE_CUES: Record<string, string> = {
  insult: `
    smarmy slimy sleazy sleazeball*  hypocrite* two-faced backstabber*     jerkoff* turd turds dork dorks nincompoop* numbnut* bozo* chav chavs
      knobend* dickwad* douchebag* cocksucker* motherfucker* mofo tosspot* dickbag* twatwaffle* arsewipe* asswipe* shitbag* dirtbag* ratbag*
    fool fools     thug thugs goon goons hick hicks redneck* yokel* pleb plebs peasant peasants neanderthal* troglodyte* baboon*
    harpy harridan trollop* floozy hussy slob slobs swine pigs lowlife cretins wretch*  leeches vultures hyenas crooks shysters shyster
    conman conmen swindler* charlatans grifter* sleazebags   liars
    neuneu* rapace*   blaireau* crapule* fripouille* canaille* margoulin* vermine* larbin* couillon* nigaud*   bêta pignouf* plouc*
      glandu* branleur* feignant* fainéant* fainéasse* grognasse* greluche* poufiasse* pouffiasse*         hypocrite*
    mielleu* fayot* lèche-cul bouseu* clown* guignols charognard* vautours   escrocs magouilleu* arnaqueur* voleurs menteuse* débile*
    zopenco*     lerdo* bobalicón* mentecato* majadero* mastuerzo* berzotas cenutrio* merluzo* tarugo* zoquete* ceporro* patán energúmeno*
    chusma gentuza buitre* carroñero* hiena* lameculos pelele*   tarado* cretino* payaso* mamón*   sinvergüenza* caradura* jeta
      timador* estafador* mentiroso* vago vagos holgazán*         asquerosa* cochino* guarro* puerco* marrano*
    knallkopf*   dulli*   schnepfe* tussi* zicke* bonze* halsabschneider* blutsauger* schmarotzer* schnorrer* lackaffe* wichtigtuer*
    großmaul* kotzbrocken* ekelpaket* widerling* dreckschwein* miststück* drecksstück* fettsack* kackvogel* knalltüte* hosenscheißer* weichei*
    jammerlappen* faulpelz* nichtsnutz* taugenichts* a-löcher a-loch arschlöcher* arschgeige* vollspast*     penner*   gesindel
    clowns heuchlerin* lügnerin* betrügerin* abzocker* geldgeier* halsabschneider* raffgierig* geldgierig* schleimig* verlogen*
    cagna cagne bagascia* baldracca* mignotta* troione cretina cretini tonto tonti babbeo* citrullo* allocco* fesso fessi pirla minchione* cazzone*
    pezzente* barbone* lazzaron* fannullon* scansafatiche leccaculo* ruffian* iena iene carogna*   racchio* vipere sanguisug* strozzin*
    avvoltoi pagliacci ladroni imbroglion* truffaldin* buffone* somaro* caprone* porcone*   sporcaccion* zotico* cafona* bugiard* farabutt*
    macaca macacas vigarista* trapaceir* caloteir* pilantra* sacana*   toupeira* mané manés bosta bostas vadia* vagabunda* imunda* imundo* porcalhão
    grosseirão grosseirona javardo* chico-esperto* xico-esperto* aldrabão aldrabões gatuno* ladrões mentirosa* velhaco* parasitas urubus abutre*
    palhaços palhaço* idiotas  burra burros burras estúpida* nojenta* feia feio baranga* tribufu* jaburu* canalhas escroque* bandidos* safados
    klojo* kneus* malloot* mafketel* stoephoer* wijf wijven etterbak* etter etters rotzak* schoft* smeerlap* schurk* zakkenvuller* graaier* aasgier*
    luiwammes luilak* nietsnut* profiteur* uitvreter* dikzak* vetzak* lelijkerd* oelewapper* sufferd* domoor* dombo stommeling* klungel* prutser*
    viezerik* engerd*   hypocriet* leugenaar* bedrieger* oplichters        ploert* hork* lomperik* botterik* lummel*
    kreng krengen klootviool* lamzak* zeikerd* droplul* tutten kluns* holbewoner* zakkenwasser*
    galah galahs dropkick* moegoe* chutiya* bhenchod madarchod gandu* bawbag* walloper* gowl gowls gits bampot*
    tubel glünggi* gaggel* grattler* wappler* gsindel hirnverbrannt* hosenbiesler* pimpf*
    ratero* rateras cojud* aweonao* conchetumare* gonorrea hijueputa* malnacid* culiao* culiado* chanta chantas boluda* lacra lacras
    gaou niaiseu* demeuré* attardé* pauvre-type pauvres-types bons-à-rien incapables
    cialtron* tamarr* sucaminchia* pirloni cazzari cazzaro babbei
    picareta* trambiqueir* cabrão cabrões merdos* filho-da-puta filhos-da-puta malandro malandros
  `,
  slur: `
    nigger niggers nigga niggas   negroes   chink chinks gook gooks spic spics wetback* beaner* kike kikes raghead* towelhead* sandnigger* paki pakis
    wog wogs gyppo* pikey* gypo* tranny trannies shemale* faggot* fag fags dyke dykes poofter* poof poofs retards mongs mong ching-chong
    nègre nègres négresse* bamboula* bougnoul* bicot* youpin* chinetoque* niakoué*       tarlouze* tapette*   pd gouine* travelo*
    sudaca* panchito* negrata* maricón* maricones marica maricas bollera* travelo* mariquita* machorra* gitanada* sarasa
    kanacke* kanaken neger negerin* zigeuner* kameltreiber* polacke* fidschi* schlitzauge* kümmeltürke* judensau* schwuchtel* tunte*   transen kopftuchmädchen
    negri negretto zingaro zingari zingara zingare zingaracci* terrone* terroni polentone* polentoni vu-cumprà   frocio froci ricchione* culattone*
    lesbicona* mangiaspaghetti crucco crucchi muso-giallo
    crioulo* tição macacos ciganada viado viados boiola* sapatão traveco* mulatinha*   baianada
    kutmarokkaan* kutturk* kutpolen kut-polen makak* makakken zwartjoekel* negerin* geitenneuker* poepchinees* spleetog* flikker flikkers mietje* zigeuners
    piefke* saupreiß* curry-muncher* currymuncher* cholo cholos cholas indio-de-mierda pajeet* coolie* kaffir* kaffirs
  `,
  sexual: `
    tits titties boobs boobies nudes   naked horny blowjob* handjob* bj         pussy pussies
    nichons nibards seins   suce sucer       cul
    tetas tetitas chupa chúpamela follar culo culito polla pollas coño mamada
    titten möpse möpsen   ficken   muschi schwanz
     tettone tettona zinne pompino scopare     culo
    peitos peitões bunda   mamada   boquete piroca   xoxota buceta
    tieten tietjes neuken pijpen kut lul
  `,
  menace: `
    accidents accidentally   pity
    surveille surveiller prépare-toi préparez-vous accidentellement
    prepárate prepárense preparándote preparandote accidentalmente vigilando
      unfälle
    preparati incidenti
    prepara-te prepare-se acidentes vigiando
    ongelukje ongelukken
  `,
  threat: `
    disappear   bury strangle slit behead lynch     arson             shank
    disparaître disparaitre égorger étrangler   crever flinguer  lyncher incendier   flingue
    desaparecer desapareces desaparecerás desapareceras enterrar estrangular degollar apuñalar linchar incendiar ácido
    verschwinden verschwindest begraben erwürgen abstechen abknallen kaltmachen lynchen anzünden
    sparire sparisci seppellire strangolare sgozzare accoltellare linciare incendiare
    desaparecer desapareces desaparece enterrar estrangular degolar esfaquear linchar incendiar ácido
    verdwijnen verdwijnt begraven wurgen neersteken neerschieten lynchen     pistool
  `,
  spam: `
    airdrop* giveaway* promocode coupon* voucher* cashback referral crypto* trader* forex* investor* investment* profits payout* withdraw* withdrawal
      testimony     hacker* hackers hack hacked reinstate* reactivate*   deactivat* flagged unusual login password
      pay-pal     iban swift sugar-daddy sugardaddy escort*   xxx   camgirl* telegram   whatsapp
    gagnez         investissez trading cryptomonnaie*   désactivé désactivée piraté piratée mot-de-passe
    ganancia* ganancias   invierte criptomoneda* billetera desactivada hackeada contraseña
    gewinn gewinne verdiene investiere kryptowährung* deaktiviert gehackt passwort
    guadagno guadagna   criptovalut* disattivat* hackerato password
    lucro lucros invista criptomoeda*   desativada hackeada senha
    winst verdien investeer cryptomunt* gedeactiveerd gehackt wachtwoord
  `,
  insensitive: `
    retarded retard spaz spastic spazzing crippled cripple cripples handicapped midget midgets schizo psycho psychos bipolar ocd autistic autists tard
    tards wheelchair-bound deaf-and-dumb gypped gyp gypsy gypsies eskimo eskimos oriental orientals tribal powwow squaw ghetto illegals illegal-aliens
    ladyboy ladyboys shemale fatty fatties fatso obese landwhale bingo-wings muffin-top beach-body bikini-body anorexic anorexia bulimic suicide
    suicidal débile débiles mongol mongole mongolien* gogol* autiste* triso* trisomique* handicapé* attardé* schizo* bipolaire* hystérique*
    femmelette* estropié* nain naine obèse* nègre romanichel* gitan* bridés colonial* retrasado* subnormal* mongolo* mongólico* autista*
    esquizo* bipolar* minusválido* tullido* sordomudo* enano enana enanos gitano* gitana* sudaca* moro indio indios chinito* maricón* nenaza* gorda
    gordas gordo gordos foca vacaburra holocausto behindert* spast* mongo mongos autist* schizo* bipolar* krüppel* zurückgeblieben* taubstumm*
    liliputaner* zwerg zwerge zigeuner* neger mohr mohrenkopf* eskimo* indianer* häuptling* schlitzaug* kanake* schwuchtel* tunte* weib weiber
    mädchenhaft fettsack* fettleibig* walross bikinifigur* strandfigur* kolonial* handicappat* ritardat* mongoloide* mongolo* autistic* spastic*
    schizofrenic* bipolar* storpi* zoppo zoppa nano nani negri negretto zingar* nomadi terron* polenton* vu-cumprà frocio checca femminuccia* ciccion*
    balena balene grasson* obes* retardad* mongoloide* mongol* autista* esquizo* bipolar* aleijad* deficiente* debiloide* surdo-mudo anão  anões
    cigan* macaco* mulata* mulato* denegrir criado-mudo viado boiola* mulherzinha gordinha* gordona* baleia* rolha holocausto mongool* mongolo*
    downie* autist* spast* gehandicapt* achterlijk* debiel* kreupel* dwerg* neger negers negerzoen* zigeuner* roetveeg* spleetog* poepchinees* flikker flikkers
    mietje* dikzak* vetklep* potvis koloniaal*
  `,
  tragedy: `
    slave slaves slavery plantation holocaust genocide concentration nazi nazis hitler tsunami hurricane earthquake massacre tragedy victims
    terror terrorist terrorists bombing famine refugee* minorities ethnic esclave* esclavage shoah génocide holocauste attentat* tsunami séisme
    inondation* catastrophe* victimes réfugié* migrant* esclavo* esclavitud genocidio atentado* terremoto* inundación* tragedia* catástrofe* víctimas
    refugiado* inmigrante* ilegales sklave* sklaven sklaverei holocaust völkermord endlösung konzentrationslager kz führer blitzkrieg endsieg hitler
    anschlag* terror* erdbeben tsunami hochwasser flutkatastrophe* katastrophe* tragödie* flüchtling* schiav* schiavitù olocausto genocidio attentat*
    terremot* alluvion* tragedia* catastrof* vittime profugh* clandestin* escrav* escravidão genocídio atentado* terremoto* enchente* tragédia*
    catástrofe* vítimas refugiad* imigrante* slaaf slaven slavernij holocaust genocide aanslag* watersnood* overstroming* aardbeving* tragedie*
    slachtoffer* vluchteling*
  `,
  complaint: `
    forgot forgotten wilted withered stale soggy scorched shrunk shrank faded frayed wonky crooked uneven patchy streaky blotchy half-empty
    undercharged overpriced unanswered unprofessional disorganised disorganized chaotic shambles shambolic sloppy careless botched
    fané fanée fanées flétri* rayé rayée tordu* bâclé* brouillon désorganisé* rétréci* déteint* tremble décevante décevantes
    statt anstatt marchit* rayó torcid* chapuza* desorganizad* encogid* desteñid* tiembla descuidad* chapucer*
    verwelkt* zittrig* schief* schlampig* chaotisch* eingelaufen* verfärbt* verbrannt* gepfuscht* pfusch* unprofessionell*
    appassit* storto sciatt* disorganizzat* ristrett* stinto scolorit* raffazzonat*
    murch* desleix* desorganizad* encolh* desbotad* malfeit* porcaria
    verwelkt* scheef slordig* chaotisch* gekrompen* verkleurd* afgeraffeld* prutswerk
  `,
  claim: `
    guaranteed guarantee guarantees guaranteeing cure cures cured curing heal heals healing proven clinically scientifically miracle* instantly
    detox* immunity immune  diabetes arthritis anxiety depression risk-free               unbeatable unmatched
    world's-best best-ever revolutionary breakthrough doctor-recommended dermatologist* eliminates eliminate reverses reverse permanently
    garanti garantie garantis garanties guérit guérir guérison soigne soigner prouvé prouvée prouvés cliniquement scientifiquement miracle* instantané*
    détox* immunité       imbattable révolutionnaire élimine définitivement
    garantizado* garantía  curar  sana sanar probado* comprobado* clínicamente científicamente milagro* instantáne* desintoxica* inmunidad
          imbatible revolucionari* elimina definitivamente
    garantiert* garantie heilt heilen heilung bewiesen* klinisch* wissenschaftlich*    entgift* immunsystem       unschlagbar
    revolutionär* beseitigt dauerhaft testsieger* wundermittel* wunderheil*
    garantit* garanzia guarisce guarire  curare provat* dimostrat* clinicamente scientificamente miracol* istantane* disintossica* immunità
        imbattibil* rivoluzionari* elimina definitivamente
    garantid* garantia  curar  comprovad* provad* clinicamente cientificamente milagr* instantâne* desintoxica* imunidade
    imbatível revolucionári* elimina definitivamente
    gegarandeerd* garantie geneest genezen genezing bewezen* klinisch* wetenschappelijk*     onmiddellijk* ontgift* immuunsysteem
        onverslaanbaar revolutionair* elimineert definitief
  `,
  urgency: `
    hurry last-chance countdown sold-out soldout dépêchez* dépêche-toi urgent épuisé* date-prisa agotad* beeil* ausverkauft* zuschlagen
    affrettat* esaurit* corra aproveite uitverkocht*
  `,
  // Money asked before the goods are seen: the classified-ad and livestock scams ("30% deposit holds them, we truck
  // anywhere", "Reservierung nur mit Anzahlung", "pagamento do sinal antes da visita").
  advance_fee: `
    deposit deposits upfront up-front prepayment pay-first payment-first no-viewings no-viewing
    acompte acomptes arrhes payer-d'avance paiement-d'avance sans-visite pas-de-visite
    anticipo anticipos pago-anticipado por-adelantado sin-visitas
    anzahlung vorkasse vorauszahlung keine-besichtigung freunde-und-familie
    caparra acconto pagamento-anticipato senza-visita
    pagar-o-sinal pague-o-sinal pagamento-do-sinal sinal-de-reserva adiantamento pagamento-adiantado sem-visita
    aanbetaling vooruitbetaling vooraf-betalen geen-bezichtiging
    friends-and-family amici-e-parenti
  `,
  // Going to a lawyer, a court or a consumer body is a complaint a person must see, not a threat (label guide). Words
  // with an everyday sense are phrases instead ("court": a food court; "Gericht": a dish; "rechter": right-hand; "Sue": a
  // name; "processo": any process; "Anzeige": an advert).
  legal: `
    lawyer* solicitor* attorney* lawsuit* suing sued ombudsman chargeback*
    avocat* plainte* tribunal* huissier* médiateur* dgccrf
    abogad* denuncia* denunciar* juzgado* demandaré demandare demandarlos demandarles ocu facua profeco sernac indecopi
    anwalt* anwält* rechtsanwalt* gerichtlich* amtsgericht* landgericht* verklag* klage verbraucherzentrale* schlichtungsstelle*
    avvocat* tribunale* denunce* denunciare denuncerò querela* codacons altroconsumo
    advogad* processar processarei procon queixa*
    advocaat* advocaten rechtbank* rechtszaak* geschillencommissie consumentenbond deurwaarder* sommatie*
  `,
  // Apologies and offers are not cues of their own (a brand apologises in fine replies, announces sales in fine
  // posts): features.ts only marks an offer that follows an apology, the sale pushed in a reply to a complaint.
  // Not "sale": Spanish "sale" is "leaves" ("tu pedido sale hoy"), French "sale" is "dirty".
  apology: `
    sorry apologies apologise* apologize* désolé* navré* pardon excuse excusez excuses disculp* perdón perdona perdone sentimos
    lamentamos lamento entschuldig* bedauer* dispiace spiace spiacent* scusa scusate scusi scuse perdonate desculp* perdão
    spijt verontschuldig*
  `,
  offer: `
    discount* coupon* voucher* promo* code codes réduction* remise* soldes offre offres descuento* cupón cupon* código
    rebaja* oferta* rabatt* gutschein* angebot* sconto sconti codice saldi offert* desconto* cupom cupão saldos korting*
    aanbieding* uitverkoop
  `,
};

const MORE_PHRASES: Record<string, string[]> = {
  apology: ['tut uns leid', 'tut mir leid', 'lo siento', 'pedimos desculpa', 'ci scusiamo',
    'nos disculpamos', 'het spijt', 'wat vervelend', 'we regret'],
  complaint: ['instead of', 'no longer', 'not anymore', 'any more', 'used to be', 'supposed to', 'gone downhill', 'fallen off', 'went downhill', 'out of order',
    'didn t turn on', 'doesn t turn on', 'won t let me', 'half the', 'not ready', 'still not', 'not what i', 'not as described', 'never again',
    'au lieu de', 'ne marche plus', 'hors service', 'a moitie', 'la moitie', 'toujours rien', 'jamais demarre', 'plus jamais', 'pas ce que',
    'en vez de', 'en lugar de', 'deja de funcionar', 'dejo de funcionar', 'fuera de servicio', 'la mitad', 'y nada', 'nunca mas', 'ya no',
    'ausser betrieb', 'außer betrieb', 'zur hälfte', 'die hälfte', 'kam nichts', 'nie wieder', 'nicht mehr', 'geht nicht',
    'invece di', 'fuori servizio', 'va in errore', 'la metà', 'a metà', 'mai più', 'non più', 'non va',
    'em vez de', 'ao inves de', 'fora de servico', 'fora de serviço', 'nao liga', 'não liga', 'a metade', 'nunca mais', 'ja nao', 'já não',
    'in plaats van', 'buiten gebruik', 'de helft', 'nooit meer', 'niet meer', 'doet het niet'],
  sarcasm: ['genius idea', 'oh wonderful', 'just brilliant', 'slow clap', 'well done guys', 'idee de genie', 'bravo vraiment', 'vaya idea', 'muy bien hecho',
    'ganz grosses kino', 'ganz großes kino', 'complimenti davvero', 'parabens mesmo', 'knap hoor', 'lekker bezig'],
  threat: [
    'one eye open', 'wont be an accident', 'won t be an accident', 'will not be an accident', 'wouldnt be an accident', 'not be an accident', 'no accident',
    'know where your wife', 'know where your husband', 'know where your kids', 'know where your daughter', 'know where you work', 'know where she works',
    'know where he works', 'know where you park', 'know what time you', 'know your route', 'we know where', 'i know where', 'youre dead', 'you re dead',
    'you are dead', 'dead man walking', 'count your days', 'days are numbered', 'make you disappear', 'you will disappear', 'youll disappear',
    'accidents happen', 'something happened to', 'something happens to', 'wait for you outside', 'waiting for you outside', 'see you outside',
    'see you after', 'last thing you', 'bury you', 'put you in the ground', 'six feet under', 'break your legs', 'break your neck', 'break your face', 'beat you up', 'cut you up', 'blow up your', 'burn your house', 'burn your shop', 'burn your place',
    'kick your head', 'smash your face', 'slit your', 'set fire', 'set it on fire', 'torch your',
    'acid in your', 'get what s coming', 'get whats coming', 'what s coming to you', 'gonna pay', 'going to pay', 'youll pay', 'you ll pay', 'you will pay',
    'hunt you down', 'track you down', 'teach you a lesson', 'sort you out',
    'que d un oeil', 'pas un accident', 'ne sera pas un accident', 'sais ou tu travailles', 'sais ou travaille', 'sais ou ta femme', 'sais ou sont tes',
    'sait ou tu', 'on se retrouvera', 'tu vas voir', 'tu vas le regretter', 'gare a toi', 'tes jours sont comptes', 'va te retrouver', 'vais te retrouver',
    'je t attends', 'tu vas disparaitre', 'faire disparaitre', 'te faire la peau', 'te planter', 'te crever', 'mettre le feu', 'foutre le feu',
    'te peter', 'exploser la gueule', 'defoncer la gueule', 'refaire le portrait', 'te buter', 'te tuer', 'on va s occuper', 'il t arrive',
    'con un ojo abierto', 'no sera un accidente', 'no va a ser un accidente', 'se donde trabajas', 'se donde trabaja', 'se donde vive',
    'se a que hora', 've preparandote', 'vete preparando', 've preparando', 'vas a ver', 'te vas a enterar',
    'tus dias estan contados', 'te espero fuera', 'te espero a la salida', 'te mato', 'te reviento', 'romper la cara', 'partir las piernas',
    'prender fuego', 'te pase algo', 'le pase algo', 'cuidado con lo que',
    'einem offenen auge', 'kein unfall', 'kein zufall', 'weiss wo du arbeitest', 'weiss wo deine', 'weiss wo dein', 'wissen wo du', 'wissen wo deine',
    'du wirst sehen', 'du wirst schon sehen', 'deine tage sind gezählt', 'wir sehen uns', 'ich warte auf dich', 'ich krieg dich', 'wir kriegen dich',
    'mach dich auf was gefasst', 'du bist tot', 'du bist dran', 'aufs maul', 'in die fresse', 'fresse polieren', 'verschwinden lassen', 'abstechen',
    'die knochen brechen', 'beine brechen', 'etwas passiert', 'was passieren',
    'con un occhio aperto', 'non sara un incidente', 'non sarà un incidente', 'so dove lavori', 'so dove lavora', 'sappiamo dove', 'te ne pentirai',
    'ti faccio vedere io', 'i tuoi giorni sono contati', 'ti aspetto fuori', 'ti vengo a prendere', 'ti ammazzo', 'ti spacco', 'ti rompo', 'sei morto',
    'guardati le spalle', 'dar fuoco', 'darti fuoco', 'ti faccio sparire', 'farti sparire', 'ti succeda', 'ti succede qualcosa', 'occhio a te',
    'com um olho aberto', 'nao vai ser acidente', 'nao sera acidente', 'não vai ser acidente', 'sei onde ela trabalha', 'sei onde ele trabalha',
    'sei onde voce trabalha', 'sei onde trabalhas', 'sei onde tu', 'sei onde teu', 'sei onde tua', 'conheco tua', 'conheço tua', 'conheco teu',
    'vais desaparecer', 'vai desaparecer', 'teus dias estao contados', 'seus dias estao contados', 'te espero la fora', 'vou te pegar', 'vou te matar',
    'te mato', 'vou acabar contigo', 'vou acabar com voce', 'vai ver so', 'vais ver', 'quebrar a cara', 'partir a cara', 'tocar fogo', 'por fogo',
    'meter fogo', 'te aconteca', 'te aconteça', 'algo te acontecer', 'toma cuidado',
    'een oog open', 'geen ongeluk', 'geen toeval', 'ik weet waar je werkt', 'weet waar je vrouw', 'weet waar je kinderen', 'weten waar je',
    'weet waar jij', 'je dagen zijn geteld', 'je gaat het zien', 'ik wacht je op', 'ik pak je', 'we pakken je', 'je bent dood', 'je bent er geweest',
    'ik maak je af', 'kapot maken', 'in brand steken', 'ik steek je', 'je benen breken', 'iets overkomen',
  ],
  menace: ['would be a shame', 'be a shame', 'nice shop you', 'nice place you', 'lovely family', 'pretty daughter', 'on your way home', 'walk home',
    'ce serait dommage', 'ca serait dommage', 'belle boutique', 'jolie fille', 'en rentrant', 'seria una lastima', 'seria una pena', 'bonita tienda',
    'wäre doch schade', 'schöner laden', 'auf dem heimweg', 'sarebbe un peccato', 'bel negozio', 'tornando a casa', 'seria uma pena',
    'seria pena', 'bela loja', 'zou zonde zijn', 'mooie winkel', 'op weg naar huis'],
  slur: ['go back to your country', 'go back to where', 'back where you came from', 'go home', 'go back home', 'your kind', 'you people', 'these people',
    'send them back', 'not welcome here', 'get out of our country', 'rentre chez toi', 'rentrez chez vous', 'retourne dans ton pays', 'retournez dans votre pays',
    'dehors les', 'sale arabe', 'sale noir', 'sale juif', 'sales arabes', 'vete a tu pais', 'volved a vuestro pais', 'vuelve a tu pais', 'fuera de aqui', 'fuera de espana',
    'geh zurück', 'geht zurück', 'zurück in dein land', 'raus aus deutschland', 'ab nach hause', 'ausländer raus', 'tornatene al tuo paese',
    'tornate a casa vostra', 'tornatevene', 'fuori dall italia', 'volta pra tua terra', 'vai pra tua terra', 'volta para o teu pais', 'volta pro teu pais',
    'volta para a tua terra', 'fora daqui', 'ga terug naar je eigen land', 'terug naar je eigen land', 'rot op naar', 'rot op naar huis', 'ga terug naar'],
  sexual: ['show us your', 'show me your', 'send nudes', 'send me pics', 'send pics', 'nice rack', 'nice ass', 'sit on my face', 'suck my', 'wanna bang',
    'montre tes', 'montre nous tes', 'suce moi', 'ensena las', 'enseñanos las', 'enseñame las', 'chupamela', 'zeig mal deine', 'zeig uns deine',
    'fammi vedere le', 'facci vedere le', 'mostra as', 'mostra a bunda', 'manda nudes', 'laat je tieten zien', 'laat je tieten', 'laat eens zien'],
  insult: ['faule socke', 'faule sau', 'blöde kuh', 'dumme kuh', 'dumme gans', 'alter knacker', 'alte schachtel', 'luie zak', 'vuile zak', 'vieze vent',
    'viejo verde', 'vieja bruja', 'pe rapado', 'morto di fame', 'faccia di merda', 'pezzo di merda', 'buono a nulla', 'bon a rien', 'bons a rien',
    'bueno para nada', 'zé ninguém', 'ze ninguem', 'velho babao', 'velho babão', 'halve gare', 'vieux pervers', 'vieux porc', 'vieux con', 'gros lard',
    'grosse truie', 'low life', 'dirty old man', 'dead weight', 'scum of the earth', 'waste of oxygen', 'dumb as', 'thick as', 'lying snake', 'lying weasel',
    'lying cow', 'lying bastard', 'sack of shit', 'bag of shit', 'dog shit', 'dogshit', 'second rate', 'third rate', 'de meia tigela', 'da quattro soldi',
    'de pacotilla', 'de tres al cuarto', 'a la con', 'de mierda', 'di merda', 'de merda', 'van niks', 'van likmevestje', 'letzte dreck', 'letzte scheiss'],
  question_ask: ['id like to know', 'i d like to know', 'could you tell me', 'can you tell me', 'please let me know', 'just checking', 'is it ok', 'is it okay',
    'how do i', 'how can i', 'where can i', 'any news on', 'any update', 'what are your', 'do you guys', 'would it be possible',
    'savez vous', 'pourriez vous', 'pouvez vous', 'auriez vous', 'serait il possible', 'je voulais savoir', 'je souhaiterais savoir', 'une question',
    'petite question', 'des nouvelles de', 'vous etes ouverts', 'y a t il', 'il y a moyen', 'c est possible', 'est il possible', 'vous acceptez',
    'sabeis si', 'saben si', 'sabe si', 'podrian', 'podriais', 'una pregunta', 'una duda', 'me podeis', 'me pueden', 'me podrian', 'hay manera', 'hay forma',
    'estan abiertos', 'quisiera preguntar', 'queria preguntar', 'aceptan', 'os queda', 'les queda', 'hay algun',
    'wisst ihr', 'wissen sie', 'könnt ihr mir', 'können sie mir', 'ich hätte eine frage', 'kurze frage', 'eine frage', 'habt ihr auch',
    'würde mich interessieren', 'wollte wissen', 'hätte gern gewusst', 'ist es möglich', 'nehmt ihr', 'ob ihr', 'ob man',
    'sapreste', 'potreste', 'una domanda', 'un informazione', 'vorrei chiedere', 'volevo chiedere', 'avete ancora', 'e possibile', 'è possibile',
    'mi sapete dire', 'sapete dirmi', 'mi potete', 'accettate', 'ci sono ancora', 'si puo', 'c e ancora',
    'voces sabem', 'podem me', 'podiam', 'poderiam', 'uma pergunta', 'uma duvida', 'tenho uma duvida', 'queria perguntar', 'gostaria de perguntar',
    'e possivel', 'é possível', 'da pra', 'dá pra', 'alguem pode', 'aceitam', 'ainda tem', 'ainda têm',
    'weten jullie', 'kunt u', 'zou u', 'zouden jullie', 'ik heb een vraag', 'een vraagje', 'even een vraag', 'hoe zit het met',
    'ik ben benieuwd', 'accepteren jullie', 'mag ik', 'hebben jullie nog'],
  spam: ['guaranteed results', 'limited time', 'act now', 'risk free', 'earn from home', 'double your', 'investment opportunity',
    'financial freedom', 'dm for', 'send a dm', 'inbox me', 'whatsapp me', 'text me on', 'contact me on', 'reach me on', 'buy followers', 'account has been',
    'has been flagged', 'unusual activity', 'login attempt', 'security alert', 'update your payment', 'payment details', 'bank details', 'claim your',
    'you have won', 'you ve won', 'youve won', 'selected as', 'gift card', 'meta support', 'facebook support', 'instagram support', 'blue badge',
    'verified badge', 'get verified', 'appeal form', 'violates our', 'free trial', 'no experience needed', 'work with us', 'collab with us',
    'gagner de l argent', 'revenu passif', 'revenus passifs', 'depuis chez vous', 'offre limitee', 'vous avez gagne', 'carte cadeau',
    'votre compte a ete', 'activite inhabituelle', 'mettre a jour', 'coordonnees bancaires', 'contactez moi', 'ecrivez moi', 'en mp', 'mp moi',
    'ganar dinero', 'ingresos pasivos', 'desde casa', 'oferta limitada', 'has ganado', 'tarjeta regalo', 'tu cuenta ha sido', 'actividad inusual',
    'datos bancarios', 'escribeme', 'mandame dm', 'al privado', 'por privado', 'md me',
    'geld verdienen', 'passives einkommen', 'von zu hause', 'begrenztes angebot', 'sie haben gewonnen', 'du hast gewonnen',
    'ihr konto wurde', 'dein konto wurde', 'ungewöhnliche aktivität', 'bankdaten', 'schreib mir', 'per dm', 'melde dich per',
    'guadagnare soldi', 'reddito passivo', 'offerta limitata', 'hai vinto', 'buono regalo', 'il tuo account e stato',
    'attivita insolita', 'dati bancari', 'scrivimi', 'in privato', 'in direct',
    'ganhar dinheiro', 'renda passiva', 'oferta limitada', 'voce ganhou', 'você ganhou', 'vale presente', 'cartao presente',
    'sua conta foi', 'atividade incomum', 'dados bancarios', 'chama no privado', 'chama no direct', 'no pv', 'chama no pv',
    'geld verdienen', 'passief inkomen', 'vanuit huis', 'beperkte aanbieding', 'je hebt gewonnen', 'u heeft gewonnen', 'cadeaubon',
    'je account is', 'uw account is', 'ongebruikelijke activiteit', 'bankgegevens', 'stuur me een dm', 'stuur een dm', 'prive bericht', 'stuur me een bericht'],
  insensitive: ['like a girl', 'man up', 'grow a pair', 'deaf and dumb', 'confined to a wheelchair', 'suffers from', 'spirit animal', 'off the reservation',
    'low man on the totem pole', 'kill myself', 'killing myself', 'slit my wrists', 'so ocd', 'so autistic', 'so retarded', 'gone full retard',
    'off their meds', 'crazy deal', 'insane deal', 'bikini ready', 'summer body', 'fat people', 'no fatties', 'third world', 'drink like a',
    'illegal aliens', 'comme une fille', 'pour les nuls', 'tu es autiste', 'crise d epilepsie', 'se pendre', 'prix de fou', 'prix fou', 'prix de malade',
    'c est la shoah', 'comme un handicape', 'como una nena', 'como una niña', 'hacer el indio', 'trabajar como un negro', 'trabajo de chinos',
    'precio de locos', 'precios de locos', 'de locos', 'tiene sindrome de down', 'sindrome de down', 'wie ein mädchen', 'wie ein behinderter',
    'voll behindert', 'voll autistisch', 'irre preise', 'wahnsinns preise', 'zigeunerschnitzel', 'zigeunersauce', 'arbeit macht frei', 'jedem das seine',
    'come una femminuccia', 'lavorare come un negro', 'prezzi da pazzi', 'roba da matti', 'sei down', 'da handicappato', 'come un handicappato',
    'cabelo ruim', 'programa de indio', 'programa de índio', 'serviço de preto', 'servico de preto', 'a coisa ta preta', 'a coisa tá preta', 'mulher de verdade',
    'coisa de mulherzinha', 'preco de louco', 'preço de louco', 'precos de loucos', 'als een meisje', 'als een gehandicapte', 'zwarte piet', 'te gek voor woorden',
    'gekke prijzen', 'knettergek', 'doe normaal', 'nog mongooler'],
  claim: ['clinically proven', 'scientifically proven', 'studies show', 'doctors recommend', 'no side effects', 'zero side effects', 'money back guarantee',
    'number one', 'the best in', 'best in the world', 'world s best', 'worlds best', 'best in town', 'better than any', 'works for everyone', 'works every time',
    '100 natural', '100 effective', 'cliniquement prouve', 'scientifiquement prouve', 'les etudes montrent', 'sans effets secondaires', 'le meilleur',
    'la meilleure', 'numero 1', 'numero un', 'meilleur du monde', 'clinicamente probado', 'cientificamente probado', 'estudios demuestran',
    'sin efectos secundarios', 'el mejor', 'la mejor', 'numero 1', 'mejor del mundo', 'klinisch bewiesen', 'wissenschaftlich bewiesen',
    'studien zeigen', 'ohne nebenwirkungen', 'der beste', 'die beste', 'das beste', 'nummer 1', 'nummer eins', 'beste der welt', 'clinicamente provato',
    'scientificamente provato', 'studi dimostrano', 'senza effetti collaterali', 'il migliore', 'la migliore', 'numero uno', 'migliore al mondo',
    'clinicamente comprovado', 'cientificamente comprovado', 'estudos mostram', 'sem efeitos colaterais', 'o melhor', 'a melhor', 'numero um',
    'melhor do mundo', 'klinisch bewezen', 'wetenschappelijk bewezen', 'onderzoek toont', 'zonder bijwerkingen', 'de beste', 'het beste', 'nummer een',
    'beste van de wereld', 'beste van nederland'],
  legal: ['see you in court', 'take you to court', 'taking you to court', 'small claims', 'legal action', 'trading standards', 'porter plainte', 'mise en demeure',
    'que choisir', 'test achats', 'hoja de reclamaciones', 'hojas de reclamaciones', 'libro de reclamaciones', 'livro de reclamacoes', 'reclame aqui',
    'anzeige erstatten', 'anzeige gegen', 'vor gericht', 'vors gericht', 'sue you', 'will sue', 'going to sue', 'naar de rechter', 'aangifte doen', 'test aankoop', 'ci vediamo in tribunale', 'nos vemos en el juzgado'],
  urgency: ['last chance', 'only today', 'today only', 'now or never', 'dont miss', 'don t miss', 'ends tonight', 'ends today', 'ends soon', 'before its gone',
    'before it s gone', 'selling fast', 'almost gone', 'buy now', 'order now', 'act now', 'final hours', 'dont wait', 'don t wait', 'what are you waiting for',
    'only a few left', 'only left', 'while stocks last', 'derniere chance', 'aujourd hui seulement', 'ne ratez pas', 'ne manquez pas', 'achetez maintenant',
    'commandez maintenant', 'dernieres heures', 'avant qu il ne soit trop tard', 'stock limite', 'qu attendez vous', 'ultima oportunidad',
    'solo hoy', 'no te lo pierdas', 'compra ya', 'compra ahora', 'quedan pocas', 'quedan pocos', 'ultimas unidades', 'ahora o nunca', 'a que esperas',
    'letzte chance', 'nur heute', 'nicht verpassen', 'jetzt kaufen', 'jetzt bestellen', 'nur noch', 'fast ausverkauft', 'jetzt oder nie', 'worauf wartest du',
    'ultima occasione', 'ultima possibilita', 'solo oggi', 'non perdere', 'non perdetevi', 'compra ora', 'acquista ora', 'ordina ora', 'ultimi pezzi',
    'ora o mai piu', 'cosa aspetti', 'ultima chance', 'ultima oportunidade', 'so hoje', 'só hoje', 'nao perca', 'não perca', 'compre ja', 'compre já',
    'compre agora', 'ultimas unidades', 'agora ou nunca', 'esta esperando o que', 'laatste kans', 'wees er snel bij', 'alleen vandaag', 'mis het niet',
    'koop nu', 'bestel nu', 'op is op', 'nu of nooit', 'bijna uitverkocht', 'waar wacht je op'],
};

/** Words that open a question, matched on the first word only ("Habt ihr...", "Est-ce...", "Do you..."). */
const QUESTION_OPENERS = foldedSet(
  `what when where why how who which whats wheres hows do does did is are can could would will should any anyone anybody
  est pourquoi comment quand ou qui quel quelle quels quelles combien avez pouvez etes peut faut savez
  que cuando donde como quien cual cuanto cuanta cuantos hay tienen tiene pueden puede alguien abren hacen
  wie was wann wo warum wieso weshalb wer welche welcher welches wieviel gibt habt haben könnt können kann ist sind macht
  cosa come quando dove perche chi quale quanto quanti ce avete potete si qualcuno fate
  o como quem qual quantos tem voces podem pode alguem fazem
  wat hoe wanneer waar waarom welke hoeveel hebben kunnen zijn doen weet
  may shall isn aren wondering
  pourriez auriez sauriez serait peux
  tenéis podéis podrían podría sabéis aceptan venden cierran envían
  hast kannst könnten würdet würden seid bietet liefert nehmt akzeptiert darf muss soll weißt wisst
  potreste sapete accettate consegnate vendete aprite chiudete posso
  aceitam entregam vendem abrem fecham sabem posso
  hebt heeft is kan kunt mag zou zouden leveren bezorgen accepteren verkopen weten geht`,
);

/** Negation flips what the next few words mean: "no complaints", "pas mauvais", "nicht schlecht", "niente male". */
const NEGATORS = foldedSet(
  `not no never nothing nobody none neither nor without t hardly
  ne pas jamais rien aucun aucune sans
  nunca nada nadie ningun ninguna sin tampoco
  nicht kein keine keinen keiner keinem nie niemals nichts ohne
  non mai niente nulla nessun nessuno nessuna senza
  nao nem nenhum nenhuma sem
  niet geen nooit niets niemand zonder`,
);

/** After a contrast the clause that follows usually carries the verdict: "not cheap, but worth it". */
const CONTRASTS = foldedSet('but however though although yet mais pourtant cependant pero aunque aber doch allerdings jedoch ma pero tuttavia mas porem contudo maar toch echter');

export function isNegator(word: string): boolean {
  return NEGATORS.has(word);
}

export function isContrast(word: string): boolean {
  return CONTRASTS.has(word);
}

/** Question words that can end a question ("...quand", "...with who"), in the seven languages; not "was", "come", "waar", "ou" (other words too). */
const QUESTION_WORDS = foldedSet(
  `what when where why how who whom which
  qui quand comment combien quoi quel quelle pourquoi
  qué cuándo dónde cómo quién quiénes cuál cuánto cuántos cuánta
  wer wen wem wann wo warum wieso welche welcher wieviel
  chi cosa quando dove perché quale quanto quanti
  quem quando onde porquê qual quanto quantos
  wat wanneer waarom hoe welke hoeveel`,
);

export function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(word);
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
  // Most words have no doubled letter: they are their own key, without running the pattern.
  for (let index = 1; index < word.length; index++) if (word.charCodeAt(index) === word.charCodeAt(index - 1)) return word.replace(/(.)\1+/g, '$1');
  return word;
}

/** Entries by key, each with the runs of letters it was written with (see fits). */
interface Entry {
  runs: number[];
  concept: string;
}
const exact = new Map<string, Entry[]>();
const prefixes = new Map<string, Entry[]>();
const phrases = new Map<string, Cue[]>();
const byLength = new Map<number, Array<{ word: string; concepts: Set<string> }>>();

function addPhrase(concept: string, phrase: string) {
  const words = phrase.split(' ').map(key);
  const cues = phrases.get(words[0]) ?? [];
  if (cues.some((cue) => cue.concept === concept && cue.words.join(' ') === words.join(' '))) return;
  cues.push({ concept, words });
  phrases.set(words[0], cues);
}

/** Lengths of the runs of one letter: "aap" [2, 1], "app" [1, 2]. */
function runs(word: string): number[] {
  return (word.match(/(.)\1*/gu) ?? []).map((run) => run.length);
}

/**
 * Keys fold stretched letters ("fuuuck" reads "fuuck" in texts, key "fuck"), but a word must have each run of the
 * entry at least as long: "app" is not "aap", "depuis" not "depp*", "dos" not "doos"; "fuuck" is "fuck".
 */
function fits(wordRuns: number[], entry: Entry): boolean {
  return entry.runs.every((length, index) => (wordRuns[index] ?? 0) >= length);
}

function add(map: Map<string, Entry[]>, word: string, concept: string) {
  const entries = map.get(key(word)) ?? [];
  entries.push({ runs: runs(word), concept });
  map.set(key(word), entries);
}

for (const [concept, list] of [...Object.entries(CUES), ...Object.entries(MORE_CUES)]) {
  for (const entry of list.trim().split(WORD_SEPARATOR).flatMap(entryForms)) {
    if (!entry) continue;
    // "a-löcher" reads as a phrase (texts split words at "-").
    if (entry.includes(' ')) addPhrase(concept, entry.replace(/\*$/, ''));
    else if (entry.endsWith('*')) add(prefixes, entry.slice(0, -1), concept);
    else add(exact, entry, concept);
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
    'ultimo aviso', 'ten cuidado', 'deine kinder', 'deine familie', 'dein haus', 'dein auto', 'deine tochter', 'wäre schade', 'letzte warnung',
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
    'muchas gracias', 'fünf sterne', 'vielen dank', 'kann ich empfehlen', 'cinque stelle', 'grazie mille', 'lo consiglio', 'cinco estrelas',
    'muito obrigado', 'muito obrigada', 'recomendo muito', 'vijf sterren', 'heel erg bedankt', 'echt een aanrader', 'five stars', 'well done', 'dank je', 'hats off', 'chapeau bas', 'top notch', 'spot on', 'out of this world', 'nichts zu meckern', 'de diez', 'worth every'],
  question_ask: [
    'do you have', 'do you do', 'do you sell', 'do you deliver', 'do you ship', 'are you open', 'is there', 'can i', 'can we', 'could you', 'how much',
    'what time', 'any vegan', 'still available', 'vous avez', 'vous faites', 'vous livrez', 'c est combien', 'a quelle heure', 'on peut', 'je peux',
    'teneis', 'tienen', 'hacen envios', 'cuanto cuesta', 'a que hora', 'se puede', 'puedo', 'habt ihr', 'haben sie', 'was kostet', 'um wie viel uhr',
    'kann ich', 'könnt ihr', 'avete', 'fate', 'quanto costa', 'a che ora', 'si puo', 'posso', 'voces tem', 'tem como', 'quanto custa', 'que horas',
    'da para', 'hebben jullie', 'hebt u', 'wat kost', 'hoe laat', 'kan ik', 'kunnen jullie', 'zijn jullie',
    'let me know', 'i was wondering', 'would like to know', 'want to know', 'is it possible', 'do you know', 'any chance', 'any idea', 'please advise',
    'please confirm', 'je voudrais savoir', 'j aimerais savoir', 'je me demandais', 'est ce que', 'est il possible', 'dites moi',
    'me gustaria saber', 'quisiera saber', 'queria saber', 'me pregunto', 'es posible', 'ich wollte fragen',
    'ist es möglich', 'würde gerne wissen', 'mal fragen', 'vorrei sapere', 'volevo sapere', 'mi chiedevo', 'sapete se',
    'gostaria de saber', 'queria saber', 'sera que', 'sabem se', 'ik vroeg me af', 'is het mogelijk', 'laat even weten',
    'ik wil graag weten',
  ],
  sarcasm: [
    'thanks for nothing', 'yeah right', 'great job', 'just wow', 'only took', 'what a joke', 'oh great', 'merci pour rien', 'quelle blague',
    'gracias por nada', 'que maravilla', 'danke für nichts', 'na toll', 'ganz toll', 'grazie di niente', 'grazie per niente', 'ma bravi',
    'obrigado por nada', 'que beleza', 'bedankt voor niets', 'top hoor', 'goed bezig',
  ],
  spam: [
    'make money', 'work from home', 'passive income', 'lead generation', 'relations presse', 'renda extra', 'check my profile', 'link in bio', 'follow back', 'follow for follow', 'dm me', 'dm us', 'check out my page', 'visit my page', 'click the link',
    'your account', 'your page', 'click here', 'limited offer', 'will be suspended', 'will be disabled', 'will be deleted', 'permanently deleted',
    'verify your', 'confirm your', 'community standards', 'copyright infringement', 'within 24 hours', 'within 48 hours', 'first page of google',
    'page 1 of google', 'more customers', 'more sales', 'grow your', 'boost your', 'increase your', 'we can help', 'our agency', 'our team can',
    'remove negative reviews', 'buy reviews', 'real reviews', 'cheap followers', 'real followers', 'follow me', 'sub4sub', 'f4f', 'l4l',
    'votre compte', 'votre page', 'sera supprime', 'sera suspendu', 'cliquez ici', 'premiere page', 'plus de clients', 'tu cuenta', 'tu pagina',
    'sera eliminada', 'haz clic aqui', 'primera pagina', 'mas clientes', 'dein konto', 'ihr konto', 'ihre seite', 'wird gesperrt', 'wird gelöscht',
    'hier klicken', 'erste seite', 'mehr kunden', 'il tuo account', 'la tua pagina', 'verra sospeso', 'verra eliminato', 'clicca qui', 'prima pagina',
    'piu clienti', 'sua conta', 'sua pagina', 'sera suspensa', 'sera excluida', 'clique aqui', 'primeira pagina', 'mais clientes', 'je account',
    'uw account', 'je pagina', 'wordt geblokkeerd', 'wordt verwijderd', 'klik hier', 'eerste pagina', 'meer klanten',
  ],
  // Asking the other followers, not the business ("Does anyone know if the meetup is still on?", "Alguien sabe si..."):
  // apart from question_ask, so the training data decides how much such a question is one for the business.
  ask_followers: ['does anyone', 'anyone know', 'anybody know', 'has anyone', 'did anyone', 'anyone else', 'anyone here', 'who else', 'any of you',
    'quelqu un sait', 'quelqu un a', 'qui d autre', 'quelqu un d autre', 'vous en pensez quoi', 'alguien sabe', 'alguien mas', 'a alguien mas',
    'alguien tiene', 'alguien ha', 'alguno de ustedes', 'weiss jemand', 'hat jemand', 'noch jemand', 'wer noch', 'wer von euch', 'jemand anderes',
    'qualcuno sa', 'qualcuno ha', 'qualcun altro', 'chi di voi', 'chi altro', 'alguem sabe', 'alguem mais', 'mais alguem', 'alguem ja', 'quem mais',
    'alguem tem', 'weet iemand', 'heeft iemand', 'iemand anders', 'wie van jullie', 'wie nog meer', 'nog iemand'],
  profanity: ['ta gueule', 'me cago', 'puta que pariu'],
  insult: ['cas soc', 'grosse vache', 'alter sack', 'alte sack', 'piece of shit', 'waste of space', 'waste of skin', 'brain dead', 'ok boomer', 'son of a bitch', 'sous merde', 'tete de con',
    'pedazo de mierda', 'hijo de perra', 'stück scheisse', 'pezzo di merda', 'figlio di puttana', 'pedaco de merda', 'stuk stront', 'hijo de puta', 'bande de', 'testa di cazzo', 'filho da puta', 'pauvre con', 'fils de pute'],
};
for (const [concept, list] of [...Object.entries(PHRASES), ...Object.entries(MORE_PHRASES)]) {
  for (const phrase of list.flatMap(entryForms)) addPhrase(concept, phrase);
}
for (const map of [exact, prefixes]) {
  for (const [word, entries] of map) {
    const list = byLength.get(word.length) ?? [];
    list.push({ word, concepts: new Set(entries.map((entry) => entry.concept)) });
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
  const wordRuns = runs(word);
  const found = new Set<string>();
  for (const entry of exact.get(folded) ?? []) if (fits(wordRuns, entry)) found.add(entry.concept);
  for (let length = folded.length; length >= 3; length--) {
    for (const entry of prefixes.get(folded.slice(0, length)) ?? []) if (fits(wordRuns, entry)) found.add(entry.concept);
  }
  if (folded.includes('*') && folded.replace(/\*/g, '').length >= 1) {
    const pattern = new RegExp(`^${folded.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.')}$`);
    for (const length of [folded.length, folded.length + 1, folded.length + 2]) {
      for (const candidate of byLength.get(length) ?? []) {
        if (!(pattern.test(candidate.word.slice(0, folded.length)) && (length === folded.length || folded.endsWith('*')))) continue;
        // People star out swear words and insults, not other words.
        for (const concept of candidate.concepts) if (concept === 'insult' || concept === 'profanity' || concept === 'slur' || concept === 'sexual') found.add(concept);
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
  .update(JSON.stringify([CUES, PHRASES, MORE_CUES, MORE_PHRASES, [...QUESTION_OPENERS], [...QUESTION_WORDS], [...NEGATORS], [...CONTRASTS]]))
  .digest('hex')
  .slice(0, 16);
