/**
 * A frozen copy, for migration 1763900000200 only, of the métiers starter set as it stood when that migration landed
 * (libs/metiers/src/data/starter-set.ts, whose header gives the sources of every code and label). A migration must
 * never change when the code does: this file is never edited; a change to the starter set comes with a new migration.
 */

export interface StarterDomain {
  letter: string;
  label: string;
}

export interface StarterRome {
  code: string;
  label: string;
  /** [OGR code, libellé long] */
  appellations: ReadonlyArray<readonly [string, string]>;
}

export const STARTER_DOMAINS: readonly StarterDomain[] = [
  { letter: 'A', label: 'Agriculture et pêche, espaces naturels et espaces verts, soins aux animaux' },
  { letter: 'B', label: "Arts et façonnage d'ouvrages d'art" },
  { letter: 'C', label: 'Banque, assurance, immobilier' },
  { letter: 'D', label: 'Commerce, vente et grande distribution' },
  { letter: 'E', label: 'Communication, média et multimédia' },
  { letter: 'F', label: 'Construction, bâtiment et travaux publics' },
  { letter: 'G', label: 'Hôtellerie-restauration, tourisme, loisirs et animation' },
  { letter: 'H', label: 'Industrie' },
  { letter: 'I', label: 'Installation et maintenance' },
  { letter: 'J', label: 'Santé' },
  { letter: 'K', label: 'Services à la personne et à la collectivité' },
  { letter: 'L', label: 'Spectacle' },
  { letter: 'M', label: "Support à l'entreprise" },
  { letter: 'N', label: 'Transport et logistique' },
];

export const STARTER_ROMES: readonly StarterRome[] = [
  // Espaces verts, espaces naturels, maraîchage
  {
    code: 'A1201',
    label: 'Bûcheronnage et élagage',
    appellations: [
      ['11606', 'Bûcheron / Bûcheronne'],
      ['14608', 'Élagueur / Élagueuse'],
      ['14609', 'Élagueur / Élagueuse espaces verts'],
    ],
  },
  {
    code: 'A1202',
    label: 'Entretien des espaces naturels',
    appellations: [
      ['10664', "Agent / Agente d'entretien de la nature"],
      ['10673', "Agent / Agente d'entretien des espaces naturels"],
      ['12440', "Chef d'équipe d'entretien d'espaces naturels"],
      ['17474', "Ouvrier / Ouvrière d'entretien des espaces naturels"],
    ],
  },
  {
    code: 'A1203',
    label: 'Aménagement et entretien des espaces verts',
    appellations: [
      ['10675', "Agent / Agente d'entretien des parcs et jardins"],
      ['38436', 'Aide jardinier / jardinière'],
      ['12439', "Chef d'équipe d'entretien des espaces verts"],
      ['16067', 'Jardinier / Jardinière'],
      ['16068', "Jardinier / Jardinière d'espaces verts"],
      ['16069', 'Jardinier / Jardinière paysagiste'],
      ['38437', 'Manoeuvre des espaces verts'],
      ['17475', "Ouvrier / Ouvrière d'entretien des espaces verts"],
      ['17480', 'Ouvrier / Ouvrière des espaces verts'],
      ['17487', 'Ouvrier / Ouvrière du paysage'],
      ['17515', 'Ouvrier / Ouvrière paysagiste'],
    ],
  },
  {
    code: 'A1414',
    label: 'Horticulture et maraîchage',
    appellations: [
      ['38774', "Chef d'équipe en production maraîchère"],
      ['15476', 'Horticulteur / Horticultrice'],
      ['16384', 'Maraîcher / Maraîchère'],
      ['17388', 'Ouvrier / Ouvrière agricole en maraîchage-horticulture'],
      ['17427', 'Ouvrier / Ouvrière de culture maraîchère'],
      ['17495', 'Ouvrier / Ouvrière en production maraîchère biologique'],
      ['17506', 'Ouvrier maraîcher / Ouvrière maraîchère'],
      ['17653', 'Pépiniériste'],
    ],
  },
  {
    code: 'A1416',
    label: 'Polyculture, élevage',
    appellations: [
      ['10801', 'Agriculteur / Agricultrice'],
      ['17493', 'Ouvrier / Ouvrière en polyculture élevage'],
      ['17399', 'Ouvrier agricole polyvalent / Ouvrière agricole polyvalente'],
    ],
  },

  // Couture, tapisserie
  {
    code: 'B1803',
    label: 'Réalisation de vêtements sur mesure ou en petite série',
    appellations: [
      ['13794', 'Coupeur-tailleur / Coupeuse-tailleuse'],
      ['13812', 'Couturier / Couturière'],
      ['13820', 'Couturier tailleur / Couturière tailleuse'],
      ['17538', 'Ouvrier tailleur / Ouvrière tailleuse'],
      ['19617', 'Tailleur / Tailleuse'],
    ],
  },
  {
    code: 'B1806',
    label: 'Tapisserie - décoration en ameublement',
    appellations: [
      ['13813', "Couturier / Couturière d'ameublement"],
      ['16424', 'Matelassier / Matelassière'],
      ['19632', "Tapissier / Tapissière d'ameublement"],
      ['19633', 'Tapissier / Tapissière en sièges'],
      ['19636', 'Tapissier-décorateur / Tapissière-décoratrice'],
    ],
  },

  // Commerce, réemploi, vente
  {
    code: 'D1102',
    label: 'Boulangerie - viennoiserie',
    appellations: [
      ['10868', 'Aide-boulanger / Aide-boulangère'],
      ['11573', 'Boulanger / Boulangère'],
      ['11574', 'Boulanger-pâtissier / Boulangère-pâtissière'],
      ['17407', 'Ouvrier boulanger / Ouvrière boulangère'],
    ],
  },
  {
    code: 'D1106',
    label: 'Vente en alimentation',
    appellations: [
      ['14863', 'Épicier / Épicière'],
      ['20525', 'Vendeur / Vendeuse de fruits et légumes'],
      ['20540', 'Vendeur / Vendeuse en alimentation générale'],
      ['20576', 'Vendeur / Vendeuse en épicerie'],
      ['20623', 'Vendeur / Vendeuse en produits frais'],
    ],
  },
  {
    code: 'D1201',
    label: "Achat vente d'objets d'art, anciens ou d'occasion",
    appellations: [
      ['10259', 'Acheteur vendeur / Acheteuse vendeuse en dépôt-vente'],
      ['11577', 'Bouquiniste'],
      ['11597', 'Brocanteur / Brocanteuse'],
      ['15169', 'Fripier / Fripière'],
    ],
  },
  {
    code: 'D1205',
    label: "Nettoyage d'articles textiles ou cuirs",
    appellations: [
      ['14777', 'Employé / Employée de pressing'],
      ['16195', 'Linger / Lingère'],
      ['18535', 'Repasseur / Repasseuse'],
    ],
  },
  {
    code: 'D1207',
    label: 'Retouches en habillement',
    appellations: [
      ['14885', 'Essayeur-retoucheur / Essayeuse-retoucheuse'],
      ['19243', 'Retoucheur / Retoucheuse en confection'],
      ['19245', 'Retoucheur / Retoucheuse en habillement'],
    ],
  },
  {
    code: 'D1212',
    label: 'Vente en décoration et équipement du foyer',
    appellations: [
      ['20547', 'Vendeur / Vendeuse en articles de décoration'],
      ['20561', 'Vendeur / Vendeuse en bricolage'],
      ['20574', 'Vendeur / Vendeuse en électroménager'],
      ['20604', 'Vendeur / Vendeuse en meubles'],
    ],
  },
  {
    code: 'D1214',
    label: 'Vente en habillement et accessoires de la personne',
    appellations: [
      ['20538', 'Vendeur / Vendeuse en accessoires de la personne'],
      ['20549', 'Vendeur / Vendeuse en articles de mercerie'],
      ['20566', 'Vendeur / Vendeuse en chaussures'],
      ['20613', 'Vendeur / Vendeuse en prêt-à-porter'],
    ],
  },
  {
    code: 'D1505',
    label: 'Personnel de caisse',
    appellations: [
      ['11640', 'Caissier / Caissière'],
      ['11645', 'Caissier / Caissière en libre-service'],
      ['15487', 'Hôte / Hôtesse de caisse'],
      ['38655', 'Hôte / Hôtesse de caisse services clients'],
    ],
  },
  {
    code: 'D1507',
    label: 'Mise en rayon libre-service',
    appellations: [
      ['14769', 'Employé / Employée de libre-service'],
      ['14778', 'Employé / Employée de rayon'],
      ['38124', 'Employé / Employée de rayon fruits et légumes'],
      ['14802', 'Employé / Employée en approvisionnement de rayon'],
      ['14811', 'Employé polyvalent / Employée polyvalente de libre-service'],
    ],
  },

  // Bâtiment et travaux publics
  {
    code: 'F1602',
    label: 'Électricité bâtiment',
    appellations: [
      ['12448', "Chef d'équipe électricien"],
      ['14614', 'Électricien / Électricienne bâtiment tertiaire'],
      ['14617', 'Électricien / Électricienne de chantier'],
      ['14635', 'Électricien / Électricienne du bâtiment'],
      ['16801', 'Monteur électricien / Monteuse électricienne'],
    ],
  },
  {
    code: 'F1603',
    label: "Installation d'équipements sanitaires et thermiques",
    appellations: [
      ['38414', 'Aide plombier / plombière'],
      ['11981', 'Chauffagiste'],
      ['16836', 'Monteur / Monteuse en plomberie chauffage'],
      ['17837', 'Plombier / Plombière'],
      ['17838', 'Plombier / Plombière chauffagiste'],
    ],
  },
  {
    code: 'F1604',
    label: "Montage d'agencements",
    appellations: [
      ['16000', 'Installateur / Installatrice de cuisines'],
      ['16850', 'Monteur / Monteuse plaquiste'],
      ['17821', 'Plaquiste'],
      ['17831', 'Plâtrier-plaquiste / Plâtrière-plaquiste'],
      ['17917', 'Poseur / Poseuse de cuisines'],
    ],
  },
  {
    code: 'F1606',
    label: 'Peinture en bâtiment',
    appellations: [
      ['38415', 'Aide peintre'],
      ['12483', "Chef d'équipe peinture"],
      ['17618', "Peintre d'intérieur"],
      ['17619', 'Peintre en bâtiment'],
      ['17629', 'Peintre enduiseur / enduiseuse'],
      ['17926', 'Poseur / Poseuse de papiers peints'],
    ],
  },
  {
    code: 'F1607',
    label: 'Pose de fermetures menuisées',
    appellations: [
      ['38497', 'Aide poseur / poseuse de menuiseries'],
      ['16612', 'Menuisier / Menuisière aluminium'],
      ['16627', 'Menuisier / Menuisière PVC'],
      ['17525', 'Ouvrier poseur / Ouvrière poseuse de menuiserie'],
      ['17914', 'Poseur / Poseuse de clôtures'],
    ],
  },
  {
    code: 'F1608',
    label: 'Pose de revêtements rigides',
    appellations: [
      ['38416', 'Aide carreleur / carreleuse'],
      ['11690', 'Carreleur / Carreleuse'],
      ['17565', 'Parqueteur / Parqueteuse'],
      ['17927', 'Poseur / Poseuse de parquet'],
    ],
  },
  {
    code: 'F1610',
    label: 'Pose et restauration de couvertures',
    appellations: [
      ['38499', 'Aide couvreur / couvreuse'],
      ['13822', 'Couvreur / Couvreuse'],
      ['13830', 'Couvreur zingueur / Couvreuse zingueuse'],
      ['20738', 'Zingueur / Zingueuse'],
    ],
  },
  {
    code: 'F1611',
    label: 'Réalisation et restauration de façades',
    appellations: [
      ['15029', 'Façadier / Façadière'],
      ['15031', 'Façadier-enduiseur / Façadière-enduiseuse'],
      ['18290', 'Ravaleur / Ravaleuse de façades'],
    ],
  },
  {
    code: 'F1701',
    label: 'Construction en béton',
    appellations: [
      ['11503', 'Bétonneur / Bétonneuse'],
      ['12679', 'Coffreur / Coffreuse'],
      ['12681', 'Coffreur / Coffreuse béton armé'],
      ['15071', 'Ferrailleur / Ferrailleuse du BTP'],
      ['17486', 'Ouvrier / Ouvrière du béton'],
    ],
  },
  {
    code: 'F1702',
    label: 'Construction de routes et voies',
    appellations: [
      ['17499', 'Ouvrier / Ouvrière en voiries'],
      ['17541', 'Ouvrier / Ouvrière Voiries et Réseaux Divers -VRD-'],
      ['17597', 'Paveur / Paveuse'],
      ['17905', 'Poseur / Poseuse de bordures et caniveaux'],
    ],
  },
  {
    code: 'F1703',
    label: 'Maçonnerie',
    appellations: [
      ['11739', 'Chapiste'],
      ['12477', "Chef d'équipe maçon / maçonne"],
      ['16250', 'Maçon / Maçonne'],
      ['16252', 'Maçon / Maçonne du paysage'],
      ['16254', 'Maçon / Maçonne en rénovation'],
      ['16251', 'Maçon bâtisseur / Maçonne bâtisseuse de pierres sèches'],
      ['17441', 'Ouvrier / Ouvrière de la maçonnerie'],
    ],
  },
  {
    code: 'F1704',
    label: 'Préparation du gros oeuvre et des travaux publics',
    appellations: [
      ['10879', 'Aide-maçon / Aide-maçonne'],
      ['13954', 'Démolisseur / Démolisseuse'],
      ['16351', 'Manoeuvre bâtiment'],
      ['16352', 'Manoeuvre de chantier'],
      ['17491', 'Ouvrier / Ouvrière en démolition'],
      ['20309', 'Terrassier / Terrassière'],
    ],
  },

  // Hôtellerie, restauration
  {
    code: 'G1501',
    label: "Personnel d'étage",
    appellations: [
      ['17979', 'Premier valet / Première femme de chambre'],
      ['20500', 'Valet / Femme de chambre'],
    ],
  },
  {
    code: 'G1602',
    label: 'Personnel de cuisine',
    appellations: [
      ['12756', 'Commis / Commise de cuisine'],
      ['12757', 'Commis / Commise de cuisine de collectivité'],
      ['13861', 'Cuisinier / Cuisinière'],
      ['126512', 'Cuisinier / Cuisinière à domicile'],
      ['13863', 'Cuisinier / Cuisinière de collectivité'],
      ['13868', 'Cuisinier traiteur / Cuisinière traiteuse'],
      ['19354', 'Second / Seconde de cuisine'],
    ],
  },
  {
    code: 'G1603',
    label: 'Personnel polyvalent en restauration',
    appellations: [
      ['10594', 'Agent / Agente de restauration rapide'],
      ['14759', 'Employé / Employée de cafétéria'],
      ['14760', 'Employé / Employée de cantine'],
      ['14786', 'Employé / Employée de restauration collective'],
      ['14812', 'Employé polyvalent / Employée polyvalente de restaurant'],
      ['14813', 'Employé polyvalent / Employée polyvalente de restauration'],
      ['14875', 'Équipier polyvalent / Équipière polyvalente de restauration rapide'],
    ],
  },
  {
    code: 'G1605',
    label: 'Plonge en restauration',
    appellations: [
      ['10427', 'Agent / Agente de cuisine'],
      ['10826', 'Aide de cuisine'],
      ['10827', 'Aide de cuisine de collectivité'],
      ['17846', 'Plongeur / Plongeuse en restauration'],
      ['17849', 'Plongeur-batterie / Plongeuse-batterie en restauration'],
    ],
  },
  {
    code: 'G1803',
    label: 'Service en restauration',
    appellations: [
      ['12274', 'Chef de rang'],
      ['12761', 'Commis / Commise de salle'],
      ['15491', 'Hôte / Hôtesse de salle'],
      ['19424', 'Serveur / Serveuse de banquet'],
      ['19427', 'Serveur / Serveuse de restaurant'],
      ['19430', 'Serveur / Serveuse en restauration'],
    ],
  },

  // Industrie, conditionnement
  {
    code: 'H3302',
    label: "Opérations manuelles d'assemblage, tri ou emballage",
    appellations: [
      ['10405', 'Agent / Agente de conditionnement et de manutention'],
      ['10406', 'Agent / Agente de conditionnement manuel'],
      ['10729', "Agent / Agente d'opérations manuelles"],
      ['10453', 'Agent de fabrication polyvalent / Agente de fabrication polyvalente en industrie'],
      ['12848', 'Conditionneur / Conditionneuse main'],
      ['17180', "Opérateur / Opératrice d'emballage manuel"],
      ['20451', 'Trieur / Trieuse en industrie de transformation'],
      ['20461', 'Trieur-emballeur / Trieuse-emballeuse en industrie de transformation'],
    ],
  },

  // Maintenance
  {
    code: 'I1202',
    label: 'Entretien et surveillance du tracé routier',
    appellations: [
      ['10642', 'Agent / Agente de voirie manuel / manuelle'],
      ['10666', "Agent / Agente d'entretien de la voirie"],
      ['11665', 'Cantonnier / Cantonnière de la voirie'],
    ],
  },
  {
    code: 'I1203',
    label: 'Maintenance des bâtiments et des locaux',
    appellations: [
      ['10489', 'Agent / Agente de maintenance des bâtiments'],
      ['10671', "Agent / Agente d'entretien des bâtiments et espaces collectifs"],
      ['10679', "Agent / Agente d'entretien du bâtiment"],
      ['38086', "Agent / Agente d'entretien travaux à domicile"],
      ['10684', "Agent d'entretien maintenance polyvalent / Agente d'entretien maintenance polyvalente en collectivité"],
      ['15058', 'Factotum'],
      ['17477', "Ouvrier polyvalent / Ouvrière polyvalente d'entretien des bâtiments"],
    ],
  },
  {
    code: 'I1604',
    label: 'Mécanique automobile et entretien de véhicules',
    appellations: [
      ['15187', 'Garagiste-mécanicien / Garagiste-mécanicienne'],
      ['16446', 'Mécanicien / Mécanicienne automobile'],
    ],
  },

  // Services à la personne, propreté, déchets
  {
    code: 'K1203',
    label: 'Encadrement technique en insertion professionnelle',
    appellations: [
      ['10225', 'Accompagnateur socioprofessionnel / Accompagnatrice socioprofessionnelle'],
      ['14818', "Encadrant / Encadrante de chantier d'insertion"],
      ['14819', "Encadrant / Encadrante en entreprise d'insertion"],
      ['14820', "Encadrant / Encadrante technique d'activités d'insertion professionnelle"],
    ],
  },
  {
    code: 'K1302',
    label: "Assistance auprès d'adultes",
    appellations: [
      ['140949', 'Accompagnant éducatif et social / Accompagnante éducative et sociale à domicile'],
      ['10816', 'Aide aux personnes âgées'],
      ['11255', 'Assistant / Assistante de vie'],
      ['11256', 'Assistant / Assistante de vie auprès de personnes âgées'],
      ['11257', 'Assistant / Assistante de vie auprès de personnes handicapées'],
      ['11453', 'Auxiliaire de vie'],
      ['11456', 'Auxiliaire de Vie Sociale -AVS-'],
      ['15207', 'Garde-malade'],
    ],
  },
  {
    code: 'K1303',
    label: "Assistance auprès d'enfants",
    appellations: [
      ['38633', 'Aide maternel / maternelle de crèche - halte-garderie'],
      ['10854', "Aide maternel / maternelle d'école"],
      ['11304', 'Assistant maternel / Assistante maternelle'],
      ['11480', 'Baby-sitter'],
      ['15196', "Garde d'enfant à domicile"],
    ],
  },
  {
    code: 'K1304',
    label: 'Services domestiques',
    appellations: [
      ['10348', 'Agent / Agente à domicile'],
      ['10805', 'Aide à domicile'],
      ['10857', 'Aide ménager / ménagère à domicile'],
      ['14771', 'Employé / Employée de maison'],
      ['14774', 'Employé / Employée de ménage'],
      ['14806', 'Employé familial polyvalent / Employée familiale polyvalente'],
      ['15386', "Gouvernant / Gouvernante d'intérieur"],
    ],
  },
  {
    code: 'K2201',
    label: 'Blanchisserie industrielle',
    appellations: [
      ['11530', 'Blanchisseur industriel / Blanchisseuse industrielle'],
      ['14756', 'Employé / Employée de blanchisserie industrielle'],
      ['16363', 'Manutentionnaire en blanchisserie'],
      ['18537', 'Repasseur / Repasseuse en blanchisserie industrielle'],
      ['20462', 'Trieur-réceptionnaire / Trieuse-réceptionnaire en blanchisserie industrielle'],
    ],
  },
  {
    code: 'K2202',
    label: 'Lavage de vitres',
    appellations: [
      ['16165', 'Laveur / Laveuse de carreaux'],
      ['16166', 'Laveur / Laveuse de vitres'],
      ['16979', 'Nettoyeur / Nettoyeuse de vitres'],
    ],
  },
  {
    code: 'K2203',
    label: 'Management et inspection en propreté de locaux',
    appellations: [
      ['12097', 'Chef de chantier nettoyage de locaux'],
      ['13692', 'Coordinateur / Coordinatrice équipes de nettoyage de locaux'],
      ['18854', 'Responsable de secteur en propreté de locaux'],
    ],
  },
  {
    code: 'K2204',
    label: 'Nettoyage de locaux',
    appellations: [
      ['10537', 'Agent / Agente de nettoyage industriel'],
      ['10571', 'Agent / Agente de propreté de locaux'],
      ['10573', "Agent / Agente de propreté et d'hygiène"],
      ['10686', 'Agent / Agente de nettoyage en collectivité'],
      ['10687', "Agent / Agente d'entretien/propreté de bureaux"],
      ['10688', "Agent / Agente d'entretien/propreté de locaux"],
      ['10749', 'Agent / Agente machiniste en propreté'],
      ['12489', "Chef d'équipe propreté"],
      ['16971', 'Nettoyeur / Nettoyeuse de locaux'],
      ['16981', 'Nettoyeur polyvalent / Nettoyeuse polyvalente'],
      ['19928', 'Technicien / Technicienne de surface'],
    ],
  },
  {
    code: 'K2303',
    label: 'Nettoyage des espaces urbains',
    appellations: [
      ['10400', 'Agent / Agente de collecte de déchets'],
      ['10432', 'Agent / Agente de déchetterie'],
      ['10576', 'Agent / Agente de propreté urbaine'],
      ['10678', "Agent / Agente d'entretien d'espaces publics"],
      ['10683', "Agent / Agente d'entretien et de nettoyage urbain"],
      ['10926', 'Ambassadeur / Ambassadrice du tri'],
      ['11488', 'Balayeur urbain / Balayeuse urbaine'],
      ['14545', 'Éboueur / Éboueuse'],
      ['18283', "Ramasseur / Ramasseuse d'ordures ménagères"],
      ['19263', 'Ripeur / Ripeuse'],
    ],
  },
  {
    code: 'K2304',
    label: 'Revalorisation de produits industriels',
    appellations: [
      ['10582', 'Agent / Agente de récupération et de recyclage'],
      ['10629', 'Agent / Agente de traitement des déchets'],
      ['38506', "Agent / Agente de tri déchets d'équipements électriques et électroniques - DEEE"],
      ['10638', 'Agent / Agente de tri des déchets'],
      ['10639', 'Agent / Agente de tri des matériaux'],
      ['17175', 'Opérateur / Opératrice de tri en récupération et revalorisation'],
      ['18343', 'Recycleur / Recycleuse'],
      ['19214', 'Ressourcier / Ressourcière'],
      ['20450', 'Trieur / Trieuse de textiles usagés'],
      ['20503', 'Valoriste'],
    ],
  },
  {
    code: 'K2306',
    label: "Supervision d'exploitation éco-industrielle",
    appellations: [
      ['38508', 'Responsable de ressourcerie'],
      ['38509', 'Responsable de site de réutilisation de déchets'],
    ],
  },

  // Transport et logistique
  {
    code: 'N1101',
    label: "Conduite d'engins de déplacement des charges",
    appellations: [
      ['11679', 'Cariste'],
      ['11680', 'Cariste agent / agente de magasinage'],
      ['11684', "Cariste d'entrepôt"],
      ['11686', 'Cariste manutentionnaire'],
      ['12007', 'Chef cariste'],
    ],
  },
  {
    code: 'N1102',
    label: 'Déménagement',
    appellations: [
      ['10875', 'Aide-déménageur / Aide-déménageuse'],
      ['12385', 'Chef déménageur / déménageuse'],
      ['13947', 'Déménageur / Déménageuse'],
      ['13949', 'Déménageur emballeur / Déménageuse emballeuse'],
    ],
  },
  {
    code: 'N1103',
    label: 'Magasinage et préparation de commandes',
    appellations: [
      ['10479', 'Agent / Agente de magasinage'],
      ['10880', 'Aide-magasinier / Aide-magasinière'],
      ['14740', 'Emballeur / Emballeuse'],
      ['14874', 'Équipier / Équipière logistique'],
      ['16066', 'Inventoriste'],
      ['16276', 'Magasinier / Magasinière'],
      ['16277', 'Magasinier / Magasinière cariste'],
      ['16289', 'Magasinier / Magasinière réceptionnaire'],
      ['17240', 'Opérateur / Opératrice logistique en entrepôt'],
      ['17993', 'Préparateur / Préparatrice de commandes'],
    ],
  },
  {
    code: 'N1105',
    label: 'Manutention manuelle de charges',
    appellations: [
      ['10579', 'Agent / Agente de quai manutentionnaire'],
      ['11951', 'Chargeur / Chargeuse manutentionnaire'],
      ['13897', 'Déchargeur / Déchargeuse manutentionnaire'],
      ['16355', 'Manoeuvre manutentionnaire'],
      ['16361', 'Manutentionnaire'],
      ['16365', 'Manutentionnaire en transport logistique'],
    ],
  },
  {
    code: 'N4101',
    label: 'Conduite de transport de marchandises sur longue distance',
    appellations: [
      ['11989', 'Chauffeur / Chauffeuse de poids lourd'],
      ['11996', 'Chauffeur routier / Chauffeuse routière'],
      ['12902', 'Conducteur / Conductrice de camion-benne'],
      ['13132', 'Conducteur / Conductrice de poids lourd'],
    ],
  },
  {
    code: 'N4102',
    label: 'Conduite de transport de particuliers',
    appellations: [
      ['11982', 'Chauffeur accompagnateur / Chauffeuse accompagnatrice de personnes à mobilité réduite'],
      ['13116', 'Conducteur / Conductrice de navette de moins de 9 personnes'],
      ['13207', 'Conducteur / Conductrice de transport de particuliers'],
    ],
  },
  {
    code: 'N4104',
    label: 'Courses et livraisons express',
    appellations: [
      ['13795', 'Coursier / Coursière'],
      ['13802', 'Coursier / Coursière véhicules 2 roues'],
    ],
  },
  {
    code: 'N4105',
    label: 'Conduite et livraison par tournées sur courte distance',
    appellations: [
      ['10877', 'Aide-livreur / Aide-livreuse'],
      ['11999', 'Chauffeur-livreur / Chauffeuse-livreuse'],
      ['12887', 'Conducteur / Conductrice de benne à ordures'],
      ['13294', 'Conducteur / Conductrice enlèvement de déchets'],
      ['13336', 'Conducteur-livreur / Conductrice-livreuse'],
      ['13337', 'Conducteur-livreur / Conductrice-livreuse de marchandises'],
      ['16204', 'Livreur / Livreuse'],
      ['16205', 'Livreur / Livreuse de marchandises à domicile'],
      ['16207', 'Livreur distributeur / Livreuse distributrice de repas'],
    ],
  },
];
