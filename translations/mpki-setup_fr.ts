<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiOnlyStep</name>
    <message>
        <source>The operator must change its temporary password before it becomes API-only: an API-only admin cannot log in to SCM&apos;s web page, so the password could never be changed there. Run the password step first (nothing was sent).</source>
        <translation>L&apos;opérateur doit changer son mot de passe temporaire avant d&apos;être limité à l&apos;API : un administrateur limité à l&apos;API ne peut pas se connecter à la page web de SCM, le mot de passe ne pourrait donc jamais y être changé. Exécutez d&apos;abord l&apos;étape du mot de passe (rien n&apos;a été envoyé).</translation>
    </message>
    <message>
        <source>The operator %1 has the privilege wsApiUseOnly (API use only).</source>
        <translation>L&apos;opérateur %1 a le privilège wsApiUseOnly (utilisation de l&apos;API uniquement).</translation>
    </message>
    <message>
        <source>The operator %1 is an API admin (type API).</source>
        <translation>L&apos;opérateur %1 est un administrateur API (type API).</translation>
    </message>
    <message>
        <source>SCM did not make the operator %1 API-only.</source>
        <translation>SCM n&apos;a pas limité l&apos;opérateur %1 à l&apos;API.</translation>
    </message>
    <message>
        <source>Making the operator %1 API-only</source>
        <translation>Limitation de l&apos;opérateur %1 à l&apos;API</translation>
    </message>
    <message>
        <source>Making the operator API-only</source>
        <translation>Limitation de l&apos;opérateur à l&apos;API</translation>
    </message>
    <message>
        <source>Reading the operator back</source>
        <translation>Relecture de l&apos;opérateur</translation>
    </message>
</context>
<context>
    <name>AutomaticStepPage</name>
    <message>
        <source>Assign the operator the right “WS API use only”.</source>
        <translation>Attribuer à l&apos;opérateur le droit « WS API use only ».</translation>
    </message>
    <message>
        <source>Check the gateway&apos;s credentials, as the gateway will use them.</source>
        <translation>Vérifier les identifiants de la passerelle, tels que la passerelle les utilisera.</translation>
    </message>
    <message>
        <source>Make “%1” an API-only admin (“WS API use only”). Only after its password was changed: an API-only admin cannot log in to the web interface.</source>
        <translation>Limiter « %1 » à l&apos;API (« WS API use only »). Seulement après le changement de son mot de passe : un administrateur limité à l&apos;API ne peut pas se connecter à l&apos;interface web.</translation>
    </message>
    <message>
        <source>If the operator is ever locked out, an MRAO can turn it back into a standard admin.</source>
        <translation>Si l&apos;opérateur se retrouve bloqué, un MRAO peut le retransformer en administrateur standard.</translation>
    </message>
    <message>
        <source>Log in as “%1” with its new password.</source>
        <translation>Se connecter en tant que « %1 » avec son nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Check that the S/MIME certificate type “%1” with a term of %2 days exists for the organisation.</source>
        <translation>Vérifier que le type de certificat S/MIME « %1 » avec une durée de %2 jours existe pour l&apos;organisation.</translation>
    </message>
    <message>
        <source>Check that no custom field is mandatory for the REST API.</source>
        <translation>Vérifier qu&apos;aucun champ personnalisé n&apos;est obligatoire pour l&apos;API REST.</translation>
    </message>
    <message>
        <source>Record when the operator&apos;s password expires.</source>
        <translation>Enregistrer la date d&apos;expiration du mot de passe de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Waits until the organisation is validated and the domains are done.</source>
        <translation>Attend que l&apos;organisation soit validée et que les domaines soient terminés.</translation>
    </message>
    <message>
        <source>&amp;Make API-only</source>
        <translation>&amp;Limiter à l&apos;API</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1 : %2
</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.
</source>
        <translation>%1 : argument inattendu « %2 ».
</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Connects a SEPPmail Secure E-Mail Gateway to a Sectigo Certificate Manager account.

Commands:
  run       run the onboarding procedure headless (mpki-setup run --help)
  status    show the progress of an onboarding (mpki-setup status --help)
  simulate  start the SCM and gateway simulators (mpki-setup simulate --help)
  export    write the connector file (mpki-setup export --help)
  import    read a connector file (mpki-setup import --help)

Without a command, the wizard opens.</source>
        <translation>Connecte une passerelle SEPPmail Secure E-Mail Gateway à un compte Sectigo Certificate Manager.

Commandes :
  run       exécuter la procédure sans interface (mpki-setup run --help)
  status    afficher l&apos;avancement d&apos;une mise en service (mpki-setup status --help)
  simulate  démarrer les simulateurs SCM et passerelle (mpki-setup simulate --help)
  export    écrire le fichier du connecteur (mpki-setup export --help)
  import    lire un fichier du connecteur (mpki-setup import --help)

Sans commande, l&apos;assistant s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Run against the built-in simulator.</source>
        <translation>Exécuter avec le simulateur intégré.</translation>
    </message>
    <message>
        <source>Language of the interface (de, en, fr, it).</source>
        <translation>Langue de l&apos;interface (de, en, fr, it).</translation>
    </message>
    <message>
        <source>Walk the demo through every page and save a PNG of each into DIR.</source>
        <translation>Parcourir toutes les pages de la démo et enregistrer une image PNG de chacune dans RÉPERTOIRE.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉPERTOIRE</translation>
    </message>
    <message>
        <source>mpki-setup: %1
</source>
        <translation>mpki-setup : %1
</translation>
    </message>
    <message>
        <source>MPKI setup</source>
        <translation>Configuration MPKI</translation>
    </message>
    <message>
        <source>mpki-setup: the wizard needs a graphical session (a display); without one, mpki-setup run does the same from a plan.
</source>
        <translation>mpki-setup : l&apos;assistant a besoin d&apos;une session graphique (un affichage) ; sans elle, mpki-setup run fait de même à partir d&apos;un plan.
</translation>
    </message>
    <message>
        <source>Walk through every page to the end without a person, then quit: the demo as it is, or with --answers a scripted person who types the answers.</source>
        <translation>Parcourir toutes les pages jusqu&apos;à la fin sans intervention humaine, puis quitter : la démo telle quelle, ou avec --answers une personne simulée par script qui saisit les réponses.</translation>
    </message>
    <message>
        <source>Open the wizard prefilled from this plan file; with --walk, a scripted person types its values into each page (the admin&apos;s password from MPKI_SCM_PASSWORD).</source>
        <translation>Ouvrir l&apos;assistant prérempli à partir de ce fichier de plan ; avec --walk, une personne simulée par script saisit ses valeurs dans chaque page (le mot de passe de l&apos;administrateur provenant de MPKI_SCM_PASSWORD).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>mpki-setup: --answers and --demo exclude each other: the demo has its own answers.
</source>
        <translation>mpki-setup : --answers et --demo s&apos;excluent mutuellement : la démo a ses propres réponses.
</translation>
    </message>
    <message>
        <source>mpki-setup: --screenshots walks the wizard: use it with --demo or --answers FILE.
</source>
        <translation>mpki-setup : --screenshots parcourt l&apos;assistant : utilisez-le avec --demo ou --answers FICHIER.
</translation>
    </message>
    <message>
        <source>mpki-setup: --walk walks the wizard: use it with --demo or --answers FILE.
</source>
        <translation>mpki-setup : --walk parcourt l&apos;assistant : utilisez-le avec --demo ou --answers FICHIER.
</translation>
    </message>
    <message>
        <source>mpki-setup: warning: %1
</source>
        <translation>mpki-setup : avertissement : %1
</translation>
    </message>
</context>
<context>
    <name>ConnectStep</name>
    <message>
        <source>Checking the admin %1 at %2</source>
        <translation>Vérification de l&apos;administrateur %1 sur %2</translation>
    </message>
    <message>
        <source>Checking the admin&apos;s credentials</source>
        <translation>Vérification des identifiants de l&apos;administrateur</translation>
    </message>
    <message>
        <source>The password of the admin %1 has expired. Log in at %2, change it, and run again with the new one.</source>
        <translation>Le mot de passe de l&apos;administrateur %1 a expiré. Connectez-vous sur %2, changez-le et relancez avec le nouveau.</translation>
    </message>
    <message>
        <source>SCM does not list the admin %1 to itself, so its role cannot be checked.</source>
        <translation>SCM ne montre pas l&apos;administrateur %1 à lui-même : son rôle ne peut donc pas être vérifié.</translation>
    </message>
    <message>
        <source>Reading the admin&apos;s role</source>
        <translation>Lecture du rôle de l&apos;administrateur</translation>
    </message>
    <message>
        <source>The admin %1 may not create the organisation &apos;%2&apos;: that needs the MRAO role or the privilege addOrganizationAndDepartments. Run with an MRAO admin, or have the organisation created first.</source>
        <translation>L&apos;administrateur %1 n&apos;a pas le droit de créer l&apos;organisation « %2 » : il faut pour cela le rôle MRAO ou le privilège addOrganizationAndDepartments. Exécutez avec un administrateur MRAO, ou faites d&apos;abord créer l&apos;organisation.</translation>
    </message>
    <message>
        <source>The admin %1 may not create the department &apos;%2&apos;: that needs the MRAO role or the privilege addDepartments.</source>
        <translation>L&apos;administrateur %1 n&apos;a pas le droit de créer le département « %2 » : il faut pour cela le rôle MRAO ou le privilège addDepartments.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2); its password expires: %3.</source>
        <translation>Connecté en tant que %1 (%2) ; son mot de passe expire : %3.</translation>
    </message>
    <message>
        <source>Reading the account</source>
        <translation>Lecture du compte</translation>
    </message>
    <message>
        <source>The base URL %1 is not an SCM (%2). Check scm.baseUrl: it is the address of the Certificate Manager, e.g. https://cert-manager.com.</source>
        <translation>L&apos;URL de base %1 n&apos;est pas un SCM (%2). Vérifiez scm.baseUrl : c&apos;est l&apos;adresse du Certificate Manager, p. ex. https://cert-manager.com.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issued by:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %3 – %4&lt;br&gt;&lt;b&gt;SHA-256 fingerprint:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Sujet :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Émis par :&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Valide :&lt;/b&gt; %3 – %4&lt;br&gt;&lt;b&gt;Empreinte SHA-256 :&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>Customer URI</source>
        <translation>Customer URI</translation>
    </message>
    <message>
        <source>Admin login</source>
        <translation>Identifiant de l&apos;administrateur</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Trust a CA certificate file…</source>
        <translation>&amp;Approuver un fichier de certificat CA…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>The access data for the Certificate Manager, as supplied by Sectigo or your reseller. Log in with the admin user provided to you.</source>
        <translation>Les données d&apos;accès au Certificate Manager, telles que fournies par Sectigo ou votre revendeur. Connectez-vous avec l&apos;administrateur qui vous a été fourni.</translation>
    </message>
    <message>
        <source>Certificate Manager address</source>
        <translation>Adresse du Certificate Manager</translation>
    </message>
    <message>
        <source>You may paste the address of your login page, e.g. https://cert-manager.com/customer/example/ — the customer URI is taken from it.</source>
        <translation>Vous pouvez coller l&apos;adresse de votre page de connexion, p. ex. https://cert-manager.com/customer/example/ — la Customer URI en est extraite.</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Remember the password in the keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Vérification de la connexion</translation>
    </message>
    <message>
        <source>Certificate Manager &amp;address:</source>
        <translation>&amp;Adresse du Certificate Manager :</translation>
    </message>
    <message>
        <source>Admin &amp;login:</source>
        <translation>&amp;Identifiant de l&apos;administrateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Certificate Manager refused the login.&lt;/b&gt; %1&lt;br&gt;Possible causes: the login or password is mistyped; the customer URI is not the one of this account; the password has expired or the account is locked; the account is “WS API use only” or has no access to the REST API. Check them, then press Next again.</source>
        <translation>&lt;b&gt;Le Certificate Manager a refusé la connexion.&lt;/b&gt; %1&lt;br&gt;Causes possibles : l&apos;identifiant ou le mot de passe est mal saisi ; la Customer URI n&apos;est pas celle de ce compte ; le mot de passe a expiré ou le compte est verrouillé ; le compte est « WS API use only » ou n&apos;a pas accès à l&apos;API REST. Vérifiez ces points, puis cliquez à nouveau sur Suivant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Certificate Manager&apos;s certificate is not trusted.&lt;/b&gt; %1&lt;br&gt;If your organisation runs its own Certificate Manager with a private CA, trust that CA&apos;s certificate file. Do not go on if you did not expect this: someone may be in between.</source>
        <translation>&lt;b&gt;Le certificat du Certificate Manager n&apos;est pas approuvé.&lt;/b&gt; %1&lt;br&gt;Si votre organisation exploite son propre Certificate Manager avec une CA privée, approuvez le fichier de certificat de cette CA. Ne continuez pas si vous ne vous y attendiez pas : quelqu&apos;un pourrait s&apos;être interposé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Certificate Manager could not be reached.&lt;/b&gt; %1&lt;br&gt;Check the address, your network and proxy, then press Next again.</source>
        <translation>&lt;b&gt;Le Certificate Manager est injoignable.&lt;/b&gt; %1&lt;br&gt;Vérifiez l&apos;adresse, votre réseau et votre proxy, puis cliquez à nouveau sur Suivant.</translation>
    </message>
    <message>
        <source>The check was cancelled. Press Next to check again.</source>
        <translation>La vérification a été annulée. Cliquez sur Suivant pour vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Trust a CA certificate file</source>
        <translation>Approuver un fichier de certificat CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The CA certificate is trusted from now on. Press Next to connect again.</source>
        <translation>Le certificat CA est désormais approuvé. Cliquez sur Suivant pour vous reconnecter.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>C&amp;ustomer URI:</source>
        <translation>C&amp;ustomer URI :</translation>
    </message>
</context>
<context>
    <name>ConnectorConfig</name>
    <message>
        <source>The connector values lack &quot;%1&quot;.</source>
        <translation>Il manque « %1 » dans les valeurs du connecteur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a string.</source>
        <translation>« %1 » dans les valeurs du connecteur n&apos;est pas une chaîne de caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a whole number.</source>
        <translation>« %1 » dans les valeurs du connecteur n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a list.</source>
        <translation>« %1 » dans les valeurs du connecteur n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values holds something other than names.</source>
        <translation>« %1 » dans les valeurs du connecteur contient autre chose que des noms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a date (yyyy-MM-dd).</source>
        <translation>« %1 » dans les valeurs du connecteur n&apos;est pas une date (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a date and time.</source>
        <translation>« %1 » dans les valeurs du connecteur n&apos;est pas une date avec heure.</translation>
    </message>
    <message>
        <source>The connector values are for the provider &quot;%1&quot;; this version knows only SECTIGO.</source>
        <translation>Les valeurs du connecteur sont destinées au fournisseur « %1 » ; cette version ne connaît que SECTIGO.</translation>
    </message>
    <message>
        <source>The customer URI is empty.</source>
        <translation>La Customer URI est vide.</translation>
    </message>
    <message>
        <source>The operator&apos;s login is empty.</source>
        <translation>L&apos;identifiant de l&apos;opérateur est vide.</translation>
    </message>
    <message>
        <source>The organisation id is not known yet: run the organization step first.</source>
        <translation>L&apos;ID de l&apos;organisation n&apos;est pas encore connu : exécutez d&apos;abord l&apos;étape de l&apos;organisation.</translation>
    </message>
    <message>
        <source>The S/MIME certificate type and term are not known yet: run the verify step first.</source>
        <translation>Le type et la durée du certificat S/MIME ne sont pas encore connus : exécutez d&apos;abord l&apos;étape de vérification.</translation>
    </message>
    <message>
        <source>The renewal overlap is %1 days; use at least %2 days.</source>
        <translation>Le chevauchement du renouvellement est de %1 jours ; utilisez au moins %2 jours.</translation>
    </message>
    <message>
        <source>No e-mail domain to tick under &quot;MPKI managed domains&quot;.</source>
        <translation>Aucun domaine de messagerie à cocher sous « MPKI managed domains ».</translation>
    </message>
    <message>
        <source>The SCM instance is %1, not %2. SEPPmail&apos;s Sectigo form has no host field, so the gateway may not reach that instance; ask Sectigo or SEPPmail support before relying on it.</source>
        <translation>L&apos;instance SCM est %1, et non %2. Le formulaire Sectigo de SEPPmail n&apos;a pas de champ d&apos;hôte : la passerelle risque donc de ne pas atteindre cette instance ; renseignez-vous auprès du support de Sectigo ou de SEPPmail avant de vous y fier.</translation>
    </message>
    <message>
        <source>The operator&apos;s password expires on %1: change it in SCM and on the gateway before then, or certificate issuance stops.</source>
        <translation>Le mot de passe de l&apos;opérateur expire le %1 : changez-le dans SCM et sur la passerelle avant cette date, sinon l&apos;émission de certificats s&apos;arrête.</translation>
    </message>
</context>
<context>
    <name>ConnectorCrypto</name>
    <message>
        <source>The scrypt parameters are outside what mpki-setup accepts.</source>
        <translation>Les paramètres scrypt sont hors des limites acceptées par mpki-setup.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed (OpenSSL scrypt).</source>
        <translation>La dérivation de la clé à partir de la phrase secrète a échoué (OpenSSL scrypt).</translation>
    </message>
    <message>
        <source>Encrypting the password failed (OpenSSL AES-256-GCM).</source>
        <translation>Le chiffrement du mot de passe a échoué (OpenSSL AES-256-GCM).</translation>
    </message>
</context>
<context>
    <name>ConnectorExporter</name>
    <message>
        <source>The connector file %1 was not written: %2</source>
        <translation>Le fichier du connecteur %1 n&apos;a pas été écrit : %2</translation>
    </message>
    <message>
        <source>The connector step has not assembled the connector values yet: run it first.</source>
        <translation>L&apos;étape du connecteur n&apos;a pas encore assemblé les valeurs du connecteur : exécutez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The connector values the connector step saved are damaged: %1</source>
        <translation>Les valeurs du connecteur enregistrées par l&apos;étape du connecteur sont endommagées : %1</translation>
    </message>
    <message>
        <source>No secret store is available, so the operator&apos;s password cannot be read and the connector file %1 was not written.</source>
        <translation>Aucun stockage des secrets n&apos;est disponible : le mot de passe de l&apos;opérateur ne peut donc pas être lu et le fichier du connecteur %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>The keychain holds no current password of the operator %1 at %2 (customer %3), so the connector file %4 was not written. Write it on the machine and user account that ran the procedure.</source>
        <translation>Le trousseau ne contient aucun mot de passe actuel de l&apos;opérateur %1 sur %2 (client %3) : le fichier du connecteur %4 n&apos;a donc pas été écrit. Écrivez-le sur la machine et avec le compte utilisateur qui ont exécuté la procédure.</translation>
    </message>
    <message>
        <source>The operator&apos;s password cannot be read, so the connector file %1 was not written: %2</source>
        <translation>Le mot de passe de l&apos;opérateur ne peut pas être lu, le fichier du connecteur %1 n&apos;a donc pas été écrit : %2</translation>
    </message>
    <message>
        <source>Connector file written to %1 (the password in the clear, as asked; mode 0600).</source>
        <translation>Fichier du connecteur écrit dans %1 (le mot de passe en clair, comme demandé ; mode 0600).</translation>
    </message>
    <message>
        <source>Connector file written to %1 (the password encrypted with the passphrase; mode 0600).</source>
        <translation>Fichier du connecteur écrit dans %1 (le mot de passe chiffré avec la phrase secrète ; mode 0600).</translation>
    </message>
</context>
<context>
    <name>ConnectorFile</name>
    <message>
        <source>The passphrase is empty: give one, or ask for a plain file explicitly.</source>
        <translation>La phrase secrète est vide : indiquez-en une, ou demandez explicitement un fichier en clair.</translation>
    </message>
    <message>
        <source>No random salt or nonce could be made (OpenSSL RAND_bytes).</source>
        <translation>Impossible de générer un sel ou un nonce aléatoire (OpenSSL RAND_bytes).</translation>
    </message>
    <message>
        <source>This is not a connector file: it has no &quot;format&quot; field.</source>
        <translation>Ce n&apos;est pas un fichier de connecteur : il n&apos;a pas de champ « format ».</translation>
    </message>
    <message>
        <source>The connector file has format &quot;%1&quot;, which this version of mpki-setup cannot read (it reads &quot;%2&quot;); use a newer mpki-setup.</source>
        <translation>Le fichier du connecteur a le format « %1 », que cette version de mpki-setup ne sait pas lire (elle lit « %2 ») ; utilisez une version plus récente de mpki-setup.</translation>
    </message>
    <message>
        <source>This is not a connector file: its format is &quot;%1&quot;.</source>
        <translation>Ce n&apos;est pas un fichier de connecteur : son format est « %1 ».</translation>
    </message>
    <message>
        <source>The connector file is damaged: it has an unknown field &quot;%1&quot;.</source>
        <translation>Le fichier du connecteur est endommagé : il contient un champ inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The connector file is damaged: it holds no password.</source>
        <translation>Le fichier du connecteur est endommagé : il ne contient aucun mot de passe.</translation>
    </message>
    <message>
        <source>The connector file is damaged: it holds the password twice.</source>
        <translation>Le fichier du connecteur est endommagé : il contient deux fois le mot de passe.</translation>
    </message>
    <message>
        <source>The connector file&apos;s password is protected with &quot;%1&quot; / &quot;%2&quot;, which this version of mpki-setup does not know.</source>
        <translation>Le mot de passe du fichier du connecteur est protégé avec « %1 » / « %2 », que cette version de mpki-setup ne connaît pas.</translation>
    </message>
    <message>
        <source>The connector file is damaged: its encrypted password is incomplete.</source>
        <translation>Le fichier du connecteur est endommagé : son mot de passe chiffré est incomplet.</translation>
    </message>
    <message>
        <source>Wrong passphrase or the file was changed: its encryption parameters are not ones mpki-setup writes.</source>
        <translation>Phrase secrète erronée ou fichier modifié : ses paramètres de chiffrement ne sont pas de ceux qu&apos;écrit mpki-setup.</translation>
    </message>
    <message>
        <source>The connector file&apos;s password is encrypted: give the passphrase it was written with (--passphrase-file).</source>
        <translation>Le mot de passe du fichier du connecteur est chiffré : indiquez la phrase secrète avec laquelle il a été écrit (--passphrase-file).</translation>
    </message>
    <message>
        <source>Wrong passphrase or the file was changed: the connector file does not authenticate with this passphrase. Nothing was read from it.</source>
        <translation>Phrase secrète erronée ou fichier modifié : le fichier du connecteur ne s&apos;authentifie pas avec cette phrase secrète. Rien n&apos;en a été lu.</translation>
    </message>
    <message>
        <source>The connector file is damaged: &quot;password&quot; is not a string.</source>
        <translation>Le fichier du connecteur est endommagé : « password » n&apos;est pas une chaîne de caractères.</translation>
    </message>
    <message>
        <source>The connector file is damaged: %1</source>
        <translation>Le fichier du connecteur est endommagé : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a connector file.</source>
        <translation>%1 est trop volumineux pour être un fichier de connecteur.</translation>
    </message>
    <message>
        <source>This is not a connector file (not valid JSON: %1 at offset %2).</source>
        <translation>Ce n&apos;est pas un fichier de connecteur (JSON non valide : %1 à la position %2).</translation>
    </message>
    <message>
        <source>This is not a connector file (JSON, but a list or a single value instead of an object {...}).</source>
        <translation>Ce n&apos;est pas un fichier de connecteur (du JSON, mais une liste ou une valeur unique au lieu d&apos;un objet {...}).</translation>
    </message>
</context>
<context>
    <name>ConnectorOutput</name>
    <message>
        <source>The keychain did not answer within 60 seconds.</source>
        <translation>Le trousseau n&apos;a pas répondu en 60 secondes.</translation>
    </message>
    <message>
        <source>a passphrase for the connector file %1</source>
        <translation>une phrase secrète pour le fichier du connecteur %1</translation>
    </message>
    <message>
        <source>mpki-setup %1: %2 (or write the password in the clear with --plain)
</source>
        <translation>mpki-setup %1 : %2 (ou écrivez le mot de passe en clair avec --plain)
</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète : </translation>
    </message>
    <message>
        <source>mpki-setup %1: the two passphrases differ; nothing was written.
</source>
        <translation>mpki-setup %1 : les deux phrases secrètes diffèrent ; rien n&apos;a été écrit.
</translation>
    </message>
    <message>
        <source>mpki-setup %1: the passphrase is empty.
</source>
        <translation>mpki-setup %1 : la phrase secrète est vide.
</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; give the file itself.</source>
        <translation>%1 est un lien symbolique ; indiquez le fichier lui-même.</translation>
    </message>
    <message>
        <source>%1 is the state directory&apos;s own file; write somewhere else.</source>
        <translation>%1 est un fichier propre au répertoire d&apos;état ; écrivez ailleurs.</translation>
    </message>
    <message>
        <source>%1 exists and is not a connector file; give --force to replace it.</source>
        <translation>%1 existe et n&apos;est pas un fichier de connecteur ; indiquez --force pour le remplacer.</translation>
    </message>
</context>
<context>
    <name>ConnectorPage</name>
    <message>
        <source>MPKI → Sectigo on the gateway</source>
        <translation>MPKI → Sectigo sur la passerelle</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <source>E&amp;xport the connector file…</source>
        <translation>E&amp;xporter le fichier du connecteur…</translation>
    </message>
    <message>
        <source>Save the values &amp;sheet…</source>
        <translation>Enregistrer la &amp;fiche des valeurs…</translation>
    </message>
    <message>
        <source>The values for the gateway&apos;s MPKI → Sectigo page.</source>
        <translation>Les valeurs pour la page MPKI → Sectigo de la passerelle.</translation>
    </message>
    <message>
        <source>Renewal &amp;overlap in days *:</source>
        <translation>C&amp;hevauchement du renouvellement en jours * :</translation>
    </message>
    <message>
        <source>Renewal overlap in days</source>
        <translation>Chevauchement du renouvellement en jours</translation>
    </message>
    <message>
        <source>Gateway REST API address</source>
        <translation>Adresse de l&apos;API REST de la passerelle</translation>
    </message>
    <message>
        <source>optional, e.g. https://gateway.example.ch:8445/v1</source>
        <translation>facultatif, p. ex. https://gateway.example.ch:8445/v1</translation>
    </message>
    <message>
        <source>Passphrase of the connector file</source>
        <translation>Phrase secrète du fichier du connecteur</translation>
    </message>
    <message>
        <source>Passphrase of the connector file, again</source>
        <translation>Phrase secrète du fichier du connecteur, à nouveau</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation>Phrase secrète (&amp;confirmation) :</translation>
    </message>
    <message>
        <source>The connector file carries the operator&apos;s password encrypted with a passphrase; the values sheet shows it masked.</source>
        <translation>Le fichier du connecteur contient le mot de passe de l&apos;opérateur chiffré avec une phrase secrète ; la fiche des valeurs l&apos;affiche masqué.</translation>
    </message>
    <message>
        <source>Assemble the gateway&apos;s values: customer URI, operator login and password, organisation id, certificate type and term, renewal overlap, managed domains.</source>
        <translation>Assembler les valeurs de la passerelle : Customer URI, identifiant et mot de passe de l&apos;opérateur, ID de l&apos;organisation, type et durée du certificat, chevauchement du renouvellement, domaines gérés.</translation>
    </message>
    <message>
        <source>No gateway REST API given: the gateway is not contacted; tick the managed domains by hand.</source>
        <translation>Aucune API REST de passerelle indiquée : la passerelle n&apos;est pas contactée ; cochez les domaines gérés à la main.</translation>
    </message>
    <message>
        <source>Check on the gateway (%1) that every e-mail domain is a managed domain.</source>
        <translation>Vérifier sur la passerelle (%1) que chaque domaine de messagerie est un domaine géré.</translation>
    </message>
    <message>
        <source>&amp;Assemble the values</source>
        <translation>&amp;Assembler les valeurs</translation>
    </message>
    <message>
        <source>What the REST API cannot do — do it by hand</source>
        <translation>Ce que l&apos;API REST ne sait pas faire — à faire à la main</translation>
    </message>
    <message>
        <source>&lt;b&gt;Managed domains:&lt;/b&gt; the gateway was not contacted; tick the domains under “MPKI managed domains” by hand.</source>
        <translation>&lt;b&gt;Domaines gérés :&lt;/b&gt; la passerelle n&apos;a pas été contactée ; cochez les domaines sous « MPKI managed domains » à la main.</translation>
    </message>
    <message>
        <source>Managed domains present: %1</source>
        <translation>Domaines gérés présents : %1</translation>
    </message>
    <message>
        <source>Managed domains created: %1</source>
        <translation>Domaines gérés créés : %1</translation>
    </message>
    <message>
        <source>Missing on the gateway — create them as managed domains: %1</source>
        <translation>Manquants sur la passerelle — créez-les comme domaines gérés : %1</translation>
    </message>
    <message>
        <source>Managed-domain check</source>
        <translation>Vérification des domaines gérés</translation>
    </message>
    <message>
        <source>Choose a passphrase for the connector file, and enter it twice.</source>
        <translation>Choisissez une phrase secrète pour le fichier du connecteur et saisissez-la deux fois.</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Export the connector file</source>
        <translation>Exporter le fichier du connecteur</translation>
    </message>
    <message>
        <source>Connector files (*.json)</source>
        <translation>Fichiers de connecteur (*.json)</translation>
    </message>
    <message>
        <source>Encrypting and writing…</source>
        <translation>Chiffrement et écriture…</translation>
    </message>
    <message>
        <source>Save the values sheet</source>
        <translation>Enregistrer la fiche des valeurs</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Gateway API token</source>
        <translation>Jeton API de la passerelle</translation>
    </message>
    <message>
        <source>Gateway API secret</source>
        <translation>Secret API de la passerelle</translation>
    </message>
    <message>
        <source>Gateway API to&amp;ken:</source>
        <translation>&amp;Jeton API de la passerelle :</translation>
    </message>
    <message>
        <source>Gateway API secr&amp;et:</source>
        <translation>Secre&amp;t API de la passerelle :</translation>
    </message>
    <message>
        <source>Steps on the gateway</source>
        <translation>Étapes sur la passerelle</translation>
    </message>
    <message>
        <source>Gate&amp;way REST API:</source>
        <translation>API REST de la passere&amp;lle :</translation>
    </message>
    <message>
        <source>Select or keep: %1</source>
        <translation>Sélectionnez ou conservez : %1</translation>
    </message>
    <message>
        <source>The gateway talks to %1 itself: make sure it can reach that address (firewall, proxy), or its MPKI page cannot load the choices from Sectigo.</source>
        <translation>La passerelle communique elle-même avec %1 : assurez-vous qu&apos;elle peut atteindre cette adresse (pare-feu, proxy), sinon sa page MPKI ne peut pas charger les choix depuis Sectigo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The operator&apos;s password expires on %1.&lt;/b&gt; From then on the gateway cannot request certificates: rotate it before then and enter the new one on the gateway.</source>
        <translation>&lt;b&gt;Le mot de passe de l&apos;opérateur expire le %1.&lt;/b&gt; À partir de cette date, la passerelle ne peut plus demander de certificats : changez-le avant cette date et saisissez le nouveau sur la passerelle.</translation>
    </message>
    <message>
        <source>Done in SCM: the organisation&apos;s default profile</source>
        <translation>Fait dans SCM : le profil par défaut de l&apos;organisation</translation>
    </message>
    <message>
        <source>Step %1 on the gateway done</source>
        <translation>Étape %1 sur la passerelle faite</translation>
    </message>
</context>
<context>
    <name>ConnectorStep</name>
    <message>
        <source>The connector values are not usable: %1</source>
        <translation>Les valeurs du connecteur sont inutilisables : %1</translation>
    </message>
    <message>
        <source>The plan has no gateway.api: no gateway was contacted. Enter the values on the gateway&apos;s MPKI → Sectigo page (mpki-setup export writes them).</source>
        <translation>Le plan n&apos;a pas de gateway.api : aucune passerelle n&apos;a été contactée. Saisissez les valeurs sur la page MPKI → Sectigo de la passerelle (mpki-setup export les écrit).</translation>
    </message>
    <message>
        <source>The plan names a gateway API (%1), but no gateway token and secret were given: the gateway was not contacted. Set MPKI_GATEWAY_TOKEN and MPKI_GATEWAY_SECRET to check its managed domains.</source>
        <translation>Le plan indique une API de passerelle (%1), mais aucun jeton ni secret de passerelle n&apos;a été fourni : la passerelle n&apos;a pas été contactée. Définissez MPKI_GATEWAY_TOKEN et MPKI_GATEWAY_SECRET pour vérifier ses domaines gérés.</translation>
    </message>
    <message>
        <source>Checking the managed domains on the gateway: %1</source>
        <translation>Vérification des domaines gérés sur la passerelle : %1</translation>
    </message>
    <message>
        <source>The gateway could not be asked: %1</source>
        <translation>La passerelle n&apos;a pas pu être interrogée : %1</translation>
    </message>
    <message>
        <source>The changes on the gateway were declined.</source>
        <translation>Les modifications sur la passerelle ont été refusées.</translation>
    </message>
    <message>
        <source>The gateway lacks the managed domains %1: add them on the gateway (Mail System → Managed Domains), then run again.</source>
        <translation>Il manque à la passerelle les domaines gérés %1 : ajoutez-les sur la passerelle (Mail System → Managed Domains), puis relancez.</translation>
    </message>
    <message>
        <source>Managed domains checked on the gateway: %1.</source>
        <translation>Domaines gérés vérifiés sur la passerelle : %1.</translation>
    </message>
    <message>
        <source>Connector values assembled (organisation %1, profile &apos;%2&apos;, %3 days). %4</source>
        <translation>Valeurs du connecteur assemblées (organisation %1, profil « %2 », %3 jours). %4</translation>
    </message>
    <message>
        <source>Connector values assembled. %1 %2</source>
        <translation>Valeurs du connecteur assemblées. %1 %2</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Demo: playing the person — logging in at %1 as %2 with the temporary password and setting the new password the wizard generated.</source>
        <translation>Démo : simulation de la personne — connexion sur %1 en tant que %2 avec le mot de passe temporaire et définition du nouveau mot de passe généré par l&apos;assistant.</translation>
    </message>
    <message>
        <source>Demo: the person changed the operator&apos;s password at the web page.</source>
        <translation>Démo : la personne a changé le mot de passe de l&apos;opérateur sur la page web.</translation>
    </message>
    <message>
        <source>Demo: the simulated person could not change the password: %1</source>
        <translation>Démo : la personne simulée n&apos;a pas pu changer le mot de passe : %1</translation>
    </message>
    <message>
        <source>The simulators&apos; process did not give its addresses and the admin&apos;s password.</source>
        <translation>Le processus des simulateurs n&apos;a pas indiqué ses adresses ni le mot de passe de l&apos;administrateur.</translation>
    </message>
</context>
<context>
    <name>DemoWalkthrough</name>
    <message>
        <source>The demo walk did not reach the overview within %1 s (it stopped at the page “%2”).</source>
        <translation>Le parcours de la démo n&apos;a pas atteint l&apos;aperçu en %1 s (il s&apos;est arrêté à la page « %2 »).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) written to %1.</source>
        <translation>
            <numerusform>%n capture d&apos;écran écrite dans %1.</numerusform>
            <numerusform>%n captures d&apos;écran écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The step “%1” failed: %2</source>
        <translation>L&apos;étape « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>The page “%1” does not go on.</source>
        <translation>La page « %1 » ne passe pas à la suite.</translation>
    </message>
    <message>
        <source>The demo went through every page to the overview.</source>
        <translation>La démo a parcouru toutes les pages jusqu&apos;à l&apos;aperçu.</translation>
    </message>
</context>
<context>
    <name>DomainsPage</name>
    <message>
        <source>DNS records to publish</source>
        <translation>Enregistrements DNS à publier</translation>
    </message>
    <message>
        <source>The e-mail domains for which certificates should be received later.</source>
        <translation>Les domaines de messagerie pour lesquels des certificats doivent être obtenus ultérieurement.</translation>
    </message>
    <message>
        <source>E-mail domains, one per line</source>
        <translation>Domaines de messagerie, un par ligne</translation>
    </message>
    <message>
        <source>example.ch
mail.example.ch</source>
        <translation>example.ch
mail.example.ch</translation>
    </message>
    <message>
        <source>Domain control validation method</source>
        <translation>Méthode de validation du contrôle de domaine</translation>
    </message>
    <message>
        <source>CNAME record in DNS</source>
        <translation>Enregistrement CNAME dans le DNS</translation>
    </message>
    <message>
        <source>TXT record in DNS</source>
        <translation>Enregistrement TXT dans le DNS</translation>
    </message>
    <message>
        <source>E-mail &amp;domains *:</source>
        <translation>&amp;Domaines de messagerie * :</translation>
    </message>
    <message>
        <source>Domain control &amp;validation:</source>
        <translation>&amp;Validation du contrôle de domaine :</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>Enter at least one e-mail domain.</source>
        <translation>Saisissez au moins un domaine de messagerie.</translation>
    </message>
    <message>
        <source>Create or adopt %1 and delegate it to the organisation for S/MIME.</source>
        <translation>Créer ou reprendre %1 et le déléguer à l&apos;organisation pour S/MIME.</translation>
    </message>
    <message>
        <source>Start domain control validation of each registered domain (e.g. example.ch for mail.example.ch) and show the DNS record to publish.</source>
        <translation>Démarrer la validation du contrôle de domaine de chaque domaine enregistré (p. ex. example.ch pour mail.example.ch) et afficher l&apos;enregistrement DNS à publier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 record, status: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — enregistrement %2, état : %3</translation>
    </message>
    <message>
        <source>not validated yet</source>
        <translation>pas encore validé</translation>
    </message>
    <message>
        <source>Record host for %1</source>
        <translation>Hôte de l&apos;enregistrement pour %1</translation>
    </message>
    <message>
        <source>Record value for %1</source>
        <translation>Valeur de l&apos;enregistrement pour %1</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>C&amp;reate the domains</source>
        <translation>&amp;Créer les domaines</translation>
    </message>
    <message>
        <source>Domain control validation (DCV): Sectigo checks that you control the domain, here by a DNS record you publish.</source>
        <translation>Validation du contrôle de domaine (DCV) : Sectigo vérifie que vous contrôlez le domaine, ici par un enregistrement DNS que vous publiez.</translation>
    </message>
    <message>
        <source>E-mail to an address of the domain</source>
        <translation>Courriel à une adresse du domaine</translation>
    </message>
    <message>
        <source>Validation e-mail address for %1</source>
        <translation>Adresse électronique de validation pour %1</translation>
    </message>
    <message>
        <source>Sectigo sends the validation mail for %1 to this address; a person who reads it confirms. Pick one of the addresses SCM offers.</source>
        <translation>Sectigo envoie le courriel de validation pour %1 à cette adresse ; une personne qui le lit confirme. Choisissez l&apos;une des adresses proposées par SCM.</translation>
    </message>
    <message>
        <source>Validation e-mail for %1:</source>
        <translation>Courriel de validation pour %1 :</translation>
    </message>
    <message>
        <source>Choose the address Sectigo&apos;s validation mail for %1 goes to.</source>
        <translation>Choisissez l&apos;adresse à laquelle Sectigo envoie le courriel de validation pour %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse électronique valide.</translation>
    </message>
    <message>
        <source>Start domain control validation of %1 by e-mail to %2.</source>
        <translation>Démarrer la validation du contrôle de domaine de %1 par courriel à %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — validation mail sent to %2, status: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — courriel de validation envoyé à %2, état : %3</translation>
    </message>
    <message>
        <source>Sectigo rejected the earlier validation order. This record is new: publish it in place of the one published before.</source>
        <translation>Sectigo a rejeté la demande de validation précédente. Cet enregistrement est nouveau : publiez-le à la place de celui publié auparavant.</translation>
    </message>
</context>
<context>
    <name>DomainsStep</name>
    <message>
        <source>The plan has no domains.</source>
        <translation>Le plan ne contient aucun domaine.</translation>
    </message>
    <message>
        <source>Looking up the domain %1</source>
        <translation>Recherche du domaine %1</translation>
    </message>
    <message>
        <source>Reading the domain %1</source>
        <translation>Lecture du domaine %1</translation>
    </message>
    <message>
        <source>Creating the domain %1, delegated for S/MIME</source>
        <translation>Création du domaine %1, délégué pour S/MIME</translation>
    </message>
    <message>
        <source>Creating the domain %1</source>
        <translation>Création du domaine %1</translation>
    </message>
    <message>
        <source>SCM does not keep an active S/MIME delegation of %1 to the organisation.</source>
        <translation>SCM ne conserve aucune délégation S/MIME active de %1 à l&apos;organisation.</translation>
    </message>
    <message>
        <source>Delegating the existing domain %1 to the organisation for S/MIME</source>
        <translation>Délégation du domaine existant %1 à l&apos;organisation pour S/MIME</translation>
    </message>
    <message>
        <source>Delegating %1</source>
        <translation>Délégation de %1</translation>
    </message>
    <message>
        <source>Approving the delegation of %1 (%2)</source>
        <translation>Approbation de la délégation de %1 (%2)</translation>
    </message>
    <message>
        <source>Approving the delegation of %1</source>
        <translation>Approbation de la délégation de %1</translation>
    </message>
    <message>
        <source>Reading the DCV status of %1</source>
        <translation>Lecture de l&apos;état DCV de %1</translation>
    </message>
    <message>
        <source>Starting DCV of %1</source>
        <translation>Démarrage de la DCV de %1</translation>
    </message>
    <message>
        <source>Submitting DCV of %1</source>
        <translation>Soumission de la DCV de %1</translation>
    </message>
    <message>
        <source>%1: publish the DNS %2 record %3 → %4</source>
        <translation>%1 : publier l&apos;enregistrement DNS %2 %3 → %4</translation>
    </message>
    <message>
        <source>%1: answer the validation e-mail sent to %2</source>
        <translation>%1 : répondre au courriel de validation envoyé à %2</translation>
    </message>
    <message>
        <source>%1: publish %2 with the lines %3 and %4</source>
        <translation>%1 : publier %2 avec les lignes %3 et %4</translation>
    </message>
    <message>
        <source>Domains delegated for S/MIME and validated: %1.</source>
        <translation>Domaines délégués pour S/MIME et validés : %1.</translation>
    </message>
    <message>
        <source>Domain control validation is waiting: %1. Sectigo checks by itself; mpki-setup looks again from time to time, and at its next start.</source>
        <translation>La validation du contrôle de domaine est en attente : %1. Sectigo vérifie de lui-même ; mpki-setup vérifie à nouveau de temps en temps, ainsi qu&apos;à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Sectigo rejected the earlier DCV order of %1: starting a new one</source>
        <translation>Sectigo a rejeté la demande DCV précédente de %1 : lancement d&apos;une nouvelle demande</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The plan names no address for the e-mail validation of %1 (dcvEmail). SCM offers: %2.</source>
        <translation>Le plan n&apos;indique aucune adresse pour la validation par courriel de %1 (dcvEmail). SCM propose : %2.</translation>
    </message>
    <message>
        <source>SCM does not offer %1 for the e-mail validation of %2. Name one of the offered addresses in the plan (dcvEmail): %3.</source>
        <translation>SCM ne propose pas %1 pour la validation par courriel de %2. Indiquez dans le plan l&apos;une des adresses proposées (dcvEmail) : %3.</translation>
    </message>
    <message>
        <source>%1: Sectigo rejected the earlier validation order; the record below is new and replaces the one published before</source>
        <translation>%1 : Sectigo a rejeté la demande de validation précédente ; l&apos;enregistrement ci-dessous est nouveau et remplace celui publié auparavant</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Writes the connector file for the SEPPmail gateway from a state directory: the values the connector step assembled and the operator&apos;s password from the keychain, encrypted with a passphrase (or in the clear with --plain), and optionally the values sheet as PDF or HTML.</source>
        <translation>Écrit le fichier du connecteur pour la passerelle SEPPmail à partir d&apos;un répertoire d&apos;état : les valeurs assemblées par l&apos;étape du connecteur et le mot de passe de l&apos;opérateur issu du trousseau, chiffré avec une phrase secrète (ou en clair avec --plain), et en option la fiche des valeurs en PDF ou HTML.</translation>
    </message>
    <message>
        <source>The state directory of a run.</source>
        <translation>Le répertoire d&apos;état d&apos;une exécution.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉPERTOIRE</translation>
    </message>
    <message>
        <source>The connector file to write.</source>
        <translation>Le fichier du connecteur à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase (without it, the passphrase is asked for on the terminal).</source>
        <translation>Un fichier dont la première ligne est la phrase secrète (sans lui, la phrase secrète est demandée dans le terminal).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Write the password in the clear (the file is still 0600).</source>
        <translation>Écrire le mot de passe en clair (le fichier reste en 0600).</translation>
    </message>
    <message>
        <source>Also write the values sheet (.pdf or .html).</source>
        <translation>Écrire aussi la fiche des valeurs (.pdf ou .html).</translation>
    </message>
    <message>
        <source>The language of the messages and the sheet&apos;s labels.</source>
        <translation>La langue des messages et des libellés de la fiche.</translation>
    </message>
    <message>
        <source>mpki-setup export: %1
</source>
        <translation>mpki-setup export : %1
</translation>
    </message>
    <message>
        <source>mpki-setup export: give the state directory with --state DIR and the file to write with --out FILE.
</source>
        <translation>mpki-setup export : indiquez le répertoire d&apos;état avec --state RÉPERTOIRE et le fichier à écrire avec --out FICHIER.
</translation>
    </message>
    <message>
        <source>mpki-setup export: --plain and --passphrase-file exclude each other.
</source>
        <translation>mpki-setup export : --plain et --passphrase-file s&apos;excluent mutuellement.
</translation>
    </message>
    <message>
        <source>mpki-setup export: the values sheet must end in .pdf or .html.
</source>
        <translation>mpki-setup export : la fiche des valeurs doit se terminer par .pdf ou .html.
</translation>
    </message>
    <message>
        <source>Wrote the values sheet %1.
</source>
        <translation>Fiche des valeurs %1 écrite.
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Remarque : %1
</translation>
    </message>
    <message>
        <source>mpki-setup export: %1 (state directory %2)
</source>
        <translation>mpki-setup export : %1 (répertoire d&apos;état %2)
</translation>
    </message>
    <message>
        <source>Replace the file given with --out even when it is not a connector file.</source>
        <translation>Remplacer le fichier indiqué avec --out même s&apos;il ne s&apos;agit pas d&apos;un fichier de connecteur.</translation>
    </message>
</context>
<context>
    <name>GatewaySimulator</name>
    <message>
        <source>Cannot make the gateway simulator&apos;s TLS certificate: %1</source>
        <translation>Impossible de créer le certificat TLS du simulateur de passerelle : %1</translation>
    </message>
    <message>
        <source>The gateway simulator cannot listen on %1:%2.</source>
        <translation>Le simulateur de passerelle ne peut pas écouter sur %1:%2.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Run the onboarding&apos;s step(s) %1 again (mpki-setup run --only %1).</source>
        <translation>Relancez la ou les étapes %1 de la mise en service (mpki-setup run --only %1).</translation>
    </message>
    <message>
        <source>Run %1.</source>
        <translation>Exécutez %1.</translation>
    </message>
    <message>
        <source>Give the operator a new password (mpki-setup rotate) and type it into the gateway&apos;s MPKI page.</source>
        <translation>Donnez un nouveau mot de passe à l&apos;opérateur (mpki-setup rotate) et saisissez-le sur la page MPKI de la passerelle.</translation>
    </message>
    <message>
        <source>Give the operator a new password with %1 and type it into the gateway&apos;s MPKI page.</source>
        <translation>Donnez un nouveau mot de passe à l&apos;opérateur avec %1 et saisissez-le sur la page MPKI de la passerelle.</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>a expiré le %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>a expiré</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
    <message>
        <source>valid; SCM gives no expiry date</source>
        <translation>valide ; SCM ne donne pas de date d&apos;expiration</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) from today)</source>
        <translation>
            <numerusform>valide jusqu&apos;au %1 (dans %n jour)</numerusform>
            <numerusform>valide jusqu&apos;au %1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SCM did not answer within %n second(s)</source>
        <translation>
            <numerusform>SCM n&apos;a pas répondu en %n seconde</numerusform>
            <numerusform>SCM n&apos;a pas répondu en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be checked: %1</source>
        <translation>n&apos;a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>The operator %1 signs in</source>
        <translation>Connexion de l&apos;opérateur %1</translation>
    </message>
    <message>
        <source>The operator&apos;s password</source>
        <translation>Le mot de passe de l&apos;opérateur</translation>
    </message>
    <message>
        <source>SCM refuses the operator&apos;s password (%1)</source>
        <translation>SCM refuse le mot de passe de l&apos;opérateur (%1)</translation>
    </message>
    <message>
        <source>If the password was changed elsewhere, export the connector file again where it was changed; otherwise let the MRAO admin set a new one (“Reset it as the MRAO admin…” after “Rotate the operator password”).</source>
        <translation>Si le mot de passe a été changé ailleurs, exportez à nouveau le fichier du connecteur là où il a été changé ; sinon, laissez l&apos;administrateur MRAO en définir un nouveau (« Le réinitialiser en tant qu&apos;administrateur MRAO… » après « Renouveler le mot de passe de l&apos;opérateur »).</translation>
    </message>
    <message>
        <source>If the password was changed elsewhere, export the connector file again where it was changed; otherwise let the MRAO admin set a new one: %1 --reset-operator-password</source>
        <translation>Si le mot de passe a été changé ailleurs, exportez à nouveau le fichier du connecteur là où il a été changé ; sinon, laissez l&apos;administrateur MRAO en définir un nouveau : %1 --reset-operator-password</translation>
    </message>
    <message>
        <source>SCM refuses the gateway&apos;s requests: the password has expired</source>
        <translation>SCM refuse les requêtes de la passerelle : le mot de passe a expiré</translation>
    </message>
    <message>
        <source>signs in with the gateway&apos;s password</source>
        <translation>se connecte avec le mot de passe de la passerelle</translation>
    </message>
    <message>
        <source>The operator&apos;s record</source>
        <translation>Le compte de l&apos;opérateur</translation>
    </message>
    <message>
        <source>SCM does not list the operator to itself</source>
        <translation>SCM ne montre pas l&apos;opérateur à lui-même</translation>
    </message>
    <message>
        <source>The operator is API-only</source>
        <translation>L&apos;opérateur est limité à l&apos;API</translation>
    </message>
    <message>
        <source>The operator&apos;s S/MIME role on the organisation</source>
        <translation>Le rôle S/MIME de l&apos;opérateur sur l&apos;organisation</translation>
    </message>
    <message>
        <source>The operator may request client certificates</source>
        <translation>L&apos;opérateur peut demander des certificats clients</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no: the operator is a %1 admin now, and can sign in to the web interface</source>
        <translation>non : l&apos;opérateur est maintenant un administrateur %1 et peut se connecter à l&apos;interface web</translation>
    </message>
    <message>
        <source>%1 on %2 (id %3)</source>
        <translation>%1 sur %2 (ID %3)</translation>
    </message>
    <message>
        <source>the operator has no S/MIME role on the organisation %1 (id %2) any more</source>
        <translation>l&apos;opérateur n&apos;a plus de rôle S/MIME sur l&apos;organisation %1 (ID %2)</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>oui (%1)</translation>
    </message>
    <message>
        <source>no: the privilege %1 was taken away</source>
        <translation>non : le privilège %1 a été retiré</translation>
    </message>
    <message>
        <source>The organisation %1</source>
        <translation>L&apos;organisation %1</translation>
    </message>
    <message>
        <source>REST access for client certificates</source>
        <translation>Accès REST pour les certificats clients</translation>
    </message>
    <message>
        <source>SCM knows no organisation with id %1 any more</source>
        <translation>SCM ne connaît plus d&apos;organisation avec l&apos;ID %1</translation>
    </message>
    <message>
        <source>exists (id %1)</source>
        <translation>existe (ID %1)</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>switched off: the gateway&apos;s requests are refused</source>
        <translation>désactivé : les requêtes de la passerelle sont refusées</translation>
    </message>
    <message>
        <source>The organisation&apos;s OV S/MIME validation</source>
        <translation>La validation OV S/MIME de l&apos;organisation</translation>
    </message>
    <message>
        <source>SCM lists none</source>
        <translation>SCM n&apos;en indique aucune</translation>
    </message>
    <message>
        <source>%1 (validation %2)</source>
        <translation>%1 (validation %2)</translation>
    </message>
    <message>
        <source>The S/MIME profile %1</source>
        <translation>Le profil S/MIME %1</translation>
    </message>
    <message>
        <source>offered to the organisation</source>
        <translation>proposé à l&apos;organisation</translation>
    </message>
    <message numerus="yes">
        <source>offered, but no longer with the term of %n day(s)</source>
        <translation>
            <numerusform>proposé, mais plus avec la durée de %n jour</numerusform>
            <numerusform>proposé, mais plus avec la durée de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>no longer offered to the organisation</source>
        <translation>n&apos;est plus proposé à l&apos;organisation</translation>
    </message>
    <message>
        <source>Choose a profile SCM offers in the plan, then %1</source>
        <translation>Choisissez dans le plan un profil que SCM propose, puis : %1</translation>
    </message>
    <message>
        <source>The domain %1 is delegated for S/MIME</source>
        <translation>Le domaine %1 est délégué pour S/MIME</translation>
    </message>
    <message>
        <source>SCM does not list the domain any more</source>
        <translation>SCM n&apos;indique plus le domaine</translation>
    </message>
    <message>
        <source>to %1 (domain id %2)</source>
        <translation>à %1 (ID du domaine %2)</translation>
    </message>
    <message>
        <source>the delegation is %1, not active</source>
        <translation>la délégation est à l&apos;état %1, et non active</translation>
    </message>
    <message>
        <source>no longer delegated to %1 for S/MIME</source>
        <translation>n&apos;est plus délégué à %1 pour S/MIME</translation>
    </message>
    <message>
        <source>Domain control validation of %1</source>
        <translation>Validation du contrôle de domaine de %1</translation>
    </message>
    <message>
        <source>not validated</source>
        <translation>non validé</translation>
    </message>
    <message>
        <source>The password of the admin %1</source>
        <translation>Le mot de passe de l&apos;administrateur %1</translation>
    </message>
    <message>
        <source>Change it in SCM&apos;s web interface before it expires; the wizard and mpki-setup run sign in with it.</source>
        <translation>Changez-le dans l&apos;interface web de SCM avant son expiration ; l&apos;assistant et mpki-setup run se connectent avec lui.</translation>
    </message>
    <message>
        <source>SCM refuses it (%1)</source>
        <translation>SCM le refuse (%1)</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <source>UNKNOWN: %1
</source>
        <translation>UNKNOWN : %1
</translation>
    </message>
    <message>
        <source>%1 Finish the onboarding first (mpki-setup run).</source>
        <translation>%1 Terminez d&apos;abord la mise en service (mpki-setup run).</translation>
    </message>
    <message>
        <source>the password of the operator %1</source>
        <translation>le mot de passe de l&apos;opérateur %1</translation>
    </message>
    <message>
        <source>the passphrase of the connector file %1</source>
        <translation>la phrase secrète du fichier du connecteur %1</translation>
    </message>
    <message>
        <source>Checks that the gateway&apos;s connection to SCM still works and for how long: signs in as the operator with the gateway&apos;s password and checks its password expiry, API-only, role and privilege, the organisation&apos;s REST access and OV S/MIME validation, each domain&apos;s delegation and DCV, and the S/MIME profile. Changes nothing. Exit codes follow the monitoring-plugin convention (Nagios, Icinga, Zabbix): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (SCM unreachable, no secret, bad command line).</source>
        <translation>Vérifie que la connexion de la passerelle à SCM fonctionne toujours, et pour combien de temps : se connecte en tant qu&apos;opérateur avec le mot de passe de la passerelle et vérifie l&apos;expiration de son mot de passe, la limitation à l&apos;API, le rôle et le privilège, l&apos;accès REST et la validation OV S/MIME de l&apos;organisation, la délégation et la DCV de chaque domaine, ainsi que le profil S/MIME. Ne modifie rien. Les codes de sortie suivent la convention des plugins de supervision (Nagios, Icinga, Zabbix) : 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (SCM injoignable, aucun secret, ligne de commande incorrecte).</translation>
    </message>
    <message>
        <source>The state directory of the onboarding (the operator&apos;s password from the keychain).</source>
        <translation>Le répertoire d&apos;état de la mise en service (le mot de passe de l&apos;opérateur provenant du trousseau).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉPERTOIRE</translation>
    </message>
    <message>
        <source>A connector file instead of a state directory (works on any machine).</source>
        <translation>Un fichier du connecteur au lieu d&apos;un répertoire d&apos;état (fonctionne sur n&apos;importe quelle machine).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>A file whose first line is the connector file&apos;s passphrase.</source>
        <translation>Un fichier dont la première ligne est la phrase secrète du fichier du connecteur.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>A file whose first line is the admin&apos;s password, to check its expiry too (optional; also MPKI_SCM_PASSWORD or the keychain).</source>
        <translation>Un fichier dont la première ligne est le mot de passe de l&apos;administrateur, pour vérifier aussi son expiration (facultatif ; également MPKI_SCM_PASSWORD ou le trousseau).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un seul objet JSON.</translation>
    </message>
    <message>
        <source>WARNING when something expires within this many days (default 21).</source>
        <translation>WARNING lorsque quelque chose expire dans ce nombre de jours (par défaut 21).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>CRITICAL when something expires within this many days (default 7).</source>
        <translation>CRITICAL lorsque quelque chose expire dans ce nombre de jours (par défaut 7).</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 60).</source>
        <translation>Abandonner après ce nombre de secondes (par défaut 60).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this file (PEM or DER) for SCM.</source>
        <translation>Approuver aussi les certificats CA de ce fichier (PEM ou DER) pour SCM.</translation>
    </message>
    <message>
        <source>give either the state directory (--state DIR) or a connector file (--connector FILE).</source>
        <translation>indiquez soit le répertoire d&apos;état (--state RÉPERTOIRE), soit un fichier du connecteur (--connector FICHIER).</translation>
    </message>
    <message>
        <source>--warn-days and --critical-days take a number of days from 0 to 3650, the critical one not above the warning one.</source>
        <translation>--warn-days et --critical-days attendent un nombre de jours de 0 à 3650, --critical-days ne dépassant pas --warn-days.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout attend un nombre de secondes de 1 à 3600.</translation>
    </message>
    <message numerus="yes">
        <source>the check did not finish within %n second(s).</source>
        <translation>
            <numerusform>la vérification ne s&apos;est pas terminée en %n seconde.</numerusform>
            <numerusform>la vérification ne s&apos;est pas terminée en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the SCM connection of the operator %2 at %3 (%4)
</source>
        <translation>%1 : la connexion SCM de l&apos;opérateur %2 sur %3 (%4)
</translation>
    </message>
</context>
<context>
    <name>HealthController</name>
    <message>
        <source>No onboarding is open, so there is no connection to check.</source>
        <translation>Aucune mise en service n&apos;est ouverte : il n&apos;y a donc aucune connexion à vérifier.</translation>
    </message>
    <message>
        <source>The built-in simulator is still starting; try again in a moment.</source>
        <translation>Le simulateur intégré est encore en cours de démarrage ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>There is nothing to check yet: the health check needs a finished onboarding, whose Connector step has assembled the values the gateway uses. Finish the onboarding first.</source>
        <translation>Il n&apos;y a encore rien à vérifier : le diagnostic nécessite une mise en service terminée, dont l&apos;étape du connecteur a assemblé les valeurs qu&apos;utilise la passerelle. Terminez d&apos;abord la mise en service.</translation>
    </message>
    <message>
        <source>The operator %1 at %2 (customer URI %3), as the gateway signs in.</source>
        <translation>L&apos;opérateur %1 sur %2 (Customer URI %3), comme se connecte la passerelle.</translation>
    </message>
    <message>
        <source>The connection to SCM</source>
        <translation>La connexion à SCM</translation>
    </message>
    <message>
        <source>the keychain holds no password of the operator %1</source>
        <translation>le trousseau ne contient aucun mot de passe de l&apos;opérateur %1</translation>
    </message>
    <message>
        <source>The operator&apos;s password</source>
        <translation>Le mot de passe de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Rotate the operator password: when no stored password signs in, the wizard offers to reset it as the MRAO admin.</source>
        <translation>Renouvelez le mot de passe de l&apos;opérateur : si aucun mot de passe enregistré ne permet de se connecter, l&apos;assistant propose de le réinitialiser en tant qu&apos;administrateur MRAO.</translation>
    </message>
    <message>
        <source>“Rotate the operator password” in this view</source>
        <translation>« Renouveler le mot de passe de l&apos;opérateur » dans cette vue</translation>
    </message>
    <message>
        <source>the step(s) %1 again from the wizard&apos;s step overview</source>
        <translation>à nouveau la ou les étapes %1 depuis l&apos;aperçu des étapes de l&apos;assistant</translation>
    </message>
    <message>
        <source>Reset the operator&apos;s password?</source>
        <translation>Réinitialiser le mot de passe de l&apos;opérateur ?</translation>
    </message>
    <message>
        <source>The operator %1 cannot give itself a new password (the rotation&apos;s result says why). The MRAO admin %2 sets a new generated password for it, which is then replaced with another one. The password configured on the gateway&apos;s MPKI page stops working at once and must be replaced there with the new one. Reset the operator&apos;s password now?</source>
        <translation>L&apos;opérateur %1 ne peut pas se donner lui-même un nouveau mot de passe (le résultat du renouvellement indique pourquoi). L&apos;administrateur MRAO %2 lui définit un nouveau mot de passe généré, qui est ensuite remplacé par un autre. Le mot de passe configuré sur la page MPKI de la passerelle cesse immédiatement de fonctionner et doit y être remplacé par le nouveau. Réinitialiser maintenant le mot de passe de l&apos;opérateur ?</translation>
    </message>
    <message>
        <source>&amp;Reset the password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Rotate the operator password?</source>
        <translation>Renouveler le mot de passe de l&apos;opérateur ?</translation>
    </message>
    <message>
        <source>The operator %1 gets a new generated password in the Certificate Manager. The password configured on the gateway&apos;s MPKI page stops working at once: the gateway cannot request certificates until the new password is entered on its MPKI page (or a new connector file is imported there). Rotate the operator password now?</source>
        <translation>L&apos;opérateur %1 reçoit un nouveau mot de passe généré dans le Certificate Manager. Le mot de passe configuré sur la page MPKI de la passerelle cesse immédiatement de fonctionner : la passerelle ne peut plus demander de certificats tant que le nouveau mot de passe n&apos;a pas été saisi sur sa page MPKI (ou qu&apos;un nouveau fichier du connecteur n&apos;y a pas été importé). Renouveler maintenant le mot de passe de l&apos;opérateur ?</translation>
    </message>
    <message>
        <source>&amp;Rotate the password</source>
        <translation>Re&amp;nouveler le mot de passe</translation>
    </message>
    <message>
        <source>The new password is in the keychain, but the onboarding&apos;s state could not be saved: %1</source>
        <translation>Le nouveau mot de passe est dans le trousseau, mais l&apos;état de la mise en service n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Rotate the operator password…</source>
        <translation>&amp;Renouveler le mot de passe de l&apos;opérateur…</translation>
    </message>
    <message>
        <source>Reset it as the &amp;MRAO admin…</source>
        <translation>Le réinitialiser en tant qu&apos;administrateur &amp;MRAO…</translation>
    </message>
    <message>
        <source>New operator password</source>
        <translation>Nouveau mot de passe de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Save a new connector &amp;file…</source>
        <translation>&amp;Enregistrer un nouveau fichier du connecteur…</translation>
    </message>
    <message>
        <source>Health of the SCM connection</source>
        <translation>État de la connexion SCM</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Findings of the health check</source>
        <translation>Résultats du diagnostic</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Rotate the operator password</source>
        <translation>Renouveler le mot de passe de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Gives the operator a new generated password. The gateway&apos;s configured password stops working at once and must be replaced on its MPKI page.</source>
        <translation>Donne à l&apos;opérateur un nouveau mot de passe généré. Le mot de passe configuré sur la passerelle cesse immédiatement de fonctionner et doit être remplacé sur sa page MPKI.</translation>
    </message>
    <message>
        <source>Reset the operator&apos;s password as the MRAO admin</source>
        <translation>Réinitialiser le mot de passe de l&apos;opérateur en tant qu&apos;administrateur MRAO</translation>
    </message>
    <message>
        <source>Passphrase of the connector file</source>
        <translation>Phrase secrète du fichier du connecteur</translation>
    </message>
    <message>
        <source>Passphrase of the connector file, again</source>
        <translation>Phrase secrète du fichier du connecteur, à nouveau</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation>Phrase secrète (&amp;confirmation) :</translation>
    </message>
    <message>
        <source>Or save a new connector file for the gateway: it carries the new password encrypted with a passphrase.</source>
        <translation>Ou enregistrez un nouveau fichier du connecteur pour la passerelle : il contient le nouveau mot de passe chiffré avec une phrase secrète.</translation>
    </message>
    <message>
        <source>Checking the connection as the gateway does…</source>
        <translation>Vérification de la connexion comme le fait la passerelle…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall: %1&lt;/b&gt; — checked %2</source>
        <translation>&lt;b&gt;Bilan : %1&lt;/b&gt; — vérifié le %2</translation>
    </message>
    <message>
        <source>Giving the operator a new password…</source>
        <translation>Attribution d&apos;un nouveau mot de passe à l&apos;opérateur…</translation>
    </message>
    <message>
        <source>an unknown date (SCM gives none)</source>
        <translation>inconnue (SCM n&apos;en donne aucune)</translation>
    </message>
    <message>
        <source>The old password stopped working at %1. The new one expires on %2. Enter the new password on the gateway&apos;s MPKI page now.</source>
        <translation>L&apos;ancien mot de passe ne fonctionne plus depuis %1. Date d&apos;expiration du nouveau : %2. Saisissez maintenant le nouveau mot de passe sur la page MPKI de la passerelle.</translation>
    </message>
    <message>
        <source>Save a new connector file</source>
        <translation>Enregistrer un nouveau fichier du connecteur</translation>
    </message>
    <message>
        <source>Connector files (*.json)</source>
        <translation>Fichiers de connecteur (*.json)</translation>
    </message>
    <message>
        <source>Encrypting and writing…</source>
        <translation>Chiffrement et écriture…</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>HtmlDocumentFile</name>
    <message>
        <source>Cannot write %1: a PDF needs a graphical application object (QGuiApplication).</source>
        <translation>Impossible d&apos;écrire %1 : un PDF nécessite un objet d&apos;application graphique (QGuiApplication).</translation>
    </message>
    <message>
        <source>the PDF could not be produced</source>
        <translation>le PDF n&apos;a pas pu être généré</translation>
    </message>
    <message>
        <source>Cannot write %1: the file must end in .pdf or .html.</source>
        <translation>Impossible d&apos;écrire %1 : le fichier doit se terminer par .pdf ou .html.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>SCM: %1 (customer URI %2)
</source>
        <translation>SCM : %1 (Customer URI %2)
</translation>
    </message>
    <message>
        <source>The operator&apos;s password expires on %1.
</source>
        <translation>Le mot de passe de l&apos;opérateur expire le %1.
</translation>
    </message>
    <message>
        <source>Made on %1%2.
</source>
        <translation>Créé le %1%2.
</translation>
    </message>
    <message>
        <source> from the plan %1</source>
        <translation> d&apos;après le plan %1</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Remarque : %1
</translation>
    </message>
    <message>
        <source>Reads a connector file written by mpki-setup (run --export or export) and prints the values for the SEPPmail gateway&apos;s MPKI → Sectigo page. The password is masked unless --show-password is given.</source>
        <translation>Lit un fichier de connecteur écrit par mpki-setup (run --export ou export) et affiche les valeurs pour la page MPKI → Sectigo de la passerelle SEPPmail. Le mot de passe est masqué, sauf si --show-password est indiqué.</translation>
    </message>
    <message>
        <source>The connector file.</source>
        <translation>Le fichier du connecteur.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase (without it, the passphrase is asked for on the terminal).</source>
        <translation>Un fichier dont la première ligne est la phrase secrète (sans lui, la phrase secrète est demandée dans le terminal).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Print one JSON object with the file&apos;s field names.</source>
        <translation>Afficher un seul objet JSON avec les noms de champs du fichier.</translation>
    </message>
    <message>
        <source>Show the operator&apos;s password.</source>
        <translation>Afficher le mot de passe de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>mpki-setup import: %1
</source>
        <translation>mpki-setup import : %1
</translation>
    </message>
    <message>
        <source>mpki-setup import: give the connector file with --in FILE.
</source>
        <translation>mpki-setup import : indiquez le fichier du connecteur avec --in FICHIER.
</translation>
    </message>
    <message>
        <source>the passphrase of the connector file %1</source>
        <translation>la phrase secrète du fichier du connecteur %1</translation>
    </message>
    <message>
        <source>mpki-setup import: %1: %2
</source>
        <translation>mpki-setup import : %1 : %2
</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot write the journal %1: %2.</source>
        <translation>Impossible d&apos;écrire le journal %1 : %2.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain holds no secret for %1.</source>
        <translation>Le trousseau ne contient aucun secret pour %1.</translation>
    </message>
    <message>
        <source>The keychain refused the request for %1: %2.</source>
        <translation>Le trousseau a refusé la demande pour %1 : %2.</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1). Give the secrets another way: --password-file FILE or the environment variable MPKI_SCM_PASSWORD for the admin&apos;s password (--gateway-token-file / MPKI_GATEWAY_TOKEN and --gateway-secret-file / MPKI_GATEWAY_SECRET for the gateway), or start a Secret Service such as gnome-keyring in this session.</source>
        <translation>Aucun trousseau n&apos;est accessible (%1). Fournissez les secrets autrement : --password-file FICHIER ou la variable d&apos;environnement MPKI_SCM_PASSWORD pour le mot de passe de l&apos;administrateur (--gateway-token-file / MPKI_GATEWAY_TOKEN et --gateway-secret-file / MPKI_GATEWAY_SECRET pour la passerelle), ou démarrez un Secret Service tel que gnome-keyring dans cette session.</translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation>aucun Secret Service</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Aucun secret n&apos;est enregistré pour %1.</translation>
    </message>
</context>
<context>
    <name>MpkiWizard</name>
    <message>
        <source>MPKI setup for SEPPmail — demo with the built-in simulator</source>
        <translation>Configuration MPKI pour SEPPmail — démo avec le simulateur intégré</translation>
    </message>
    <message>
        <source>MPKI setup for SEPPmail</source>
        <translation>Configuration MPKI pour SEPPmail</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>OnboardingReport</name>
    <message>
        <source>The state names no plan file and there is no wizard plan beside it: what only the plan holds (the operator&apos;s role and privileges, the validation level) is missing below.</source>
        <translation>L&apos;état n&apos;indique aucun fichier de plan et aucun plan de l&apos;assistant ne se trouve à côté : ce que seul le plan contient (le rôle et les privilèges de l&apos;opérateur, le niveau de validation) manque ci-dessous.</translation>
    </message>
    <message>
        <source>The plan file %1 that the run used no longer exists: what only the plan holds (the operator&apos;s role and privileges, the validation level) is missing below.</source>
        <translation>Le fichier de plan %1 utilisé par l&apos;exécution n&apos;existe plus : ce que seul le plan contient (le rôle et les privilèges de l&apos;opérateur, le niveau de validation) manque ci-dessous.</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be read (%2): what only the plan holds is missing below.</source>
        <translation>Le fichier de plan %1 ne peut pas être lu (%2) : ce que seul le plan contient manque ci-dessous.</translation>
    </message>
    <message>
        <source>The plan file %1 changed after the run (its fingerprint differs from the one the state recorded): values below taken from it may not be what the run used.</source>
        <translation>Le fichier de plan %1 a changé après l&apos;exécution (son empreinte diffère de celle enregistrée dans l&apos;état) : les valeurs ci-dessous qui en proviennent ne sont peut-être pas celles utilisées par l&apos;exécution.</translation>
    </message>
    <message>
        <source>Onboarding report: SEPPmail gateway → Sectigo Certificate Manager</source>
        <translation>Rapport de mise en service : passerelle SEPPmail → Sectigo Certificate Manager</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>adopted (it existed)</source>
        <translation>repris (existait déjà)</translation>
    </message>
    <message>
        <source>not known (no journal)</source>
        <translation>inconnu (aucun journal)</translation>
    </message>
    <message>
        <source>State directory</source>
        <translation>Répertoire d&apos;état</translation>
    </message>
    <message>
        <source>Run by (OS user)</source>
        <translation>Exécuté par (utilisateur du système)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>%1, role %2</source>
        <translation>%1, rôle %2</translation>
    </message>
    <message>
        <source>SCM admin who ran the steps</source>
        <translation>Administrateur SCM ayant exécuté les étapes</translation>
    </message>
    <message>
        <source>SCM base URL</source>
        <translation>URL de base de SCM</translation>
    </message>
    <message>
        <source>Customer URI</source>
        <translation>Customer URI</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan fingerprint (SHA-256)</source>
        <translation>Empreinte du plan (SHA-256)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>not finished: %1 of %2 steps done</source>
        <translation>non terminé : %1 étapes sur %2 terminées</translation>
    </message>
    <message>
        <source>Last change of the state</source>
        <translation>Dernière modification de l&apos;état</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Rapport écrit</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>L&apos;exécution</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created or adopted</source>
        <translation>Créé ou repris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details and dates</source>
        <translation>Détails et dates</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>REST enrolment of client certificates switched on; recorded %1</source>
        <translation>Inscription REST des certificats clients activée ; constaté le %1</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>checked from %1</source>
        <translation>vérification depuis le %1</translation>
    </message>
    <message>
        <source>validated by %1</source>
        <translation>validée au plus tard le %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>level not known (no plan)</source>
        <translation>niveau inconnu (aucun plan)</translation>
    </message>
    <message>
        <source>requested by this onboarding</source>
        <translation>demandée par cette mise en service</translation>
    </message>
    <message>
        <source>DCV method %1</source>
        <translation>méthode DCV %1</translation>
    </message>
    <message>
        <source>DCV of the registered domain %1</source>
        <translation>DCV du domaine enregistré %1</translation>
    </message>
    <message>
        <source>validation mail to %1</source>
        <translation>courriel de validation à %1</translation>
    </message>
    <message>
        <source>delegated for S/MIME and validated by %1</source>
        <translation>délégué pour S/MIME et validé au plus tard le %1</translation>
    </message>
    <message>
        <source>DCV expires %1</source>
        <translation>DCV expire le %1</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <source>privileges %1</source>
        <translation>privilèges %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>courriel %1</translation>
    </message>
    <message>
        <source>role and privileges not known (no plan)</source>
        <translation>rôle et privilèges inconnus (aucun plan)</translation>
    </message>
    <message>
        <source>API only (privilege wsApiUseOnly) since %1</source>
        <translation>limité à l&apos;API (privilège wsApiUseOnly) depuis le %1</translation>
    </message>
    <message>
        <source>API only (type API) since %1</source>
        <translation>limité à l&apos;API (type API) depuis le %1</translation>
    </message>
    <message>
        <source>not API-only yet</source>
        <translation>pas encore limité à l&apos;API</translation>
    </message>
    <message>
        <source>Operator (the gateway&apos;s SCM admin)</source>
        <translation>Opérateur (l&apos;administrateur SCM de la passerelle)</translation>
    </message>
    <message>
        <source>S/MIME profile</source>
        <translation>Profil S/MIME</translation>
    </message>
    <message>
        <source>offered by SCM</source>
        <translation>proposé par SCM</translation>
    </message>
    <message>
        <source>term %1 days</source>
        <translation>durée %1 jours</translation>
    </message>
    <message>
        <source>Created or adopted in SCM</source>
        <translation>Créé ou repris dans SCM</translation>
    </message>
    <message>
        <source>None of the operator&apos;s stored passwords worked: the admin set a new temporary password for %1 over the API.</source>
        <translation>Aucun des mots de passe enregistrés de l&apos;opérateur n&apos;a fonctionné : l&apos;administrateur a défini par l&apos;API un nouveau mot de passe temporaire pour %1.</translation>
    </message>
    <message>
        <source>Waiting for a person: the operator %1 must log in once at %2 with the temporary password and set the new password mpki-setup generated. This has not been confirmed yet.</source>
        <translation>En attente d&apos;une personne : l&apos;opérateur %1 doit se connecter une fois sur %2 avec le mot de passe temporaire et définir le nouveau mot de passe généré par mpki-setup. Cela n&apos;a pas encore été confirmé.</translation>
    </message>
    <message>
        <source>The operator %1 logged in once at SCM&apos;s web interface (%2) and set the password mpki-setup generated, because SCM refused the temporary password over the API (refused %3). mpki-setup confirmed the new password on %4.</source>
        <translation>L&apos;opérateur %1 s&apos;est connecté une fois à l&apos;interface web de SCM (%2) et a défini le mot de passe généré par mpki-setup, car SCM refusait le mot de passe temporaire par l&apos;API (refusé le %3). mpki-setup a confirmé le nouveau mot de passe le %4.</translation>
    </message>
    <message>
        <source>The operator&apos;s temporary password was changed over the API (%1): no web login was needed.</source>
        <translation>Le mot de passe temporaire de l&apos;opérateur a été changé par l&apos;API (%1) : aucune connexion web n&apos;a été nécessaire.</translation>
    </message>
    <message>
        <source>No password change was needed: the operator %1 signed in with its stored password.</source>
        <translation>Aucun changement de mot de passe n&apos;a été nécessaire : l&apos;opérateur %1 s&apos;est connecté avec son mot de passe enregistré.</translation>
    </message>
    <message>
        <source>The operator&apos;s password step has not run yet.</source>
        <translation>L&apos;étape du mot de passe de l&apos;opérateur n&apos;a pas encore été exécutée.</translation>
    </message>
    <message>
        <source>Still by hand after this report: the MPKI → Sectigo form on the gateway and the organisation&apos;s default profile in SCM (the values sheet lists both; &quot;mpki-setup export --sheet&quot; writes it).</source>
        <translation>Reste à faire à la main après ce rapport : le formulaire MPKI → Sectigo sur la passerelle et le profil par défaut de l&apos;organisation dans SCM (la fiche des valeurs indique les deux ; « mpki-setup export --sheet » l&apos;écrit).</translation>
    </message>
    <message>
        <source>Done by hand</source>
        <translation>Fait à la main</translation>
    </message>
    <message>
        <source>Password of the admin: not recorded yet.</source>
        <translation>Mot de passe de l&apos;administrateur : pas encore enregistré.</translation>
    </message>
    <message>
        <source>Password of the operator: not recorded yet.</source>
        <translation>Mot de passe de l&apos;opérateur : pas encore enregistré.</translation>
    </message>
    <message>
        <source>Password of the admin %1: does not expire (%2, checked %3).</source>
        <translation>Mot de passe de l&apos;administrateur %1 : n&apos;expire pas (%2, vérifié le %3).</translation>
    </message>
    <message>
        <source>Password of the operator %1: does not expire (%2, checked %3).</source>
        <translation>Mot de passe de l&apos;opérateur %1 : n&apos;expire pas (%2, vérifié le %3).</translation>
    </message>
    <message>
        <source>Password of the admin %1: expires on %2 (%3, checked %4).</source>
        <translation>Mot de passe de l&apos;administrateur %1 : expire le %2 (%3, vérifié le %4).</translation>
    </message>
    <message>
        <source>Password of the operator %1: expires on %2 (%3, checked %4). The gateway stops getting certificates that day unless a new password is set in SCM and on the gateway before.</source>
        <translation>Mot de passe de l&apos;opérateur %1 : expire le %2 (%3, vérifié le %4). Ce jour-là, la passerelle cesse de recevoir des certificats, sauf si un nouveau mot de passe a été défini auparavant dans SCM et sur la passerelle.</translation>
    </message>
    <message>
        <source>Organisation validation: SCM reported no expiry date.</source>
        <translation>Validation de l&apos;organisation : SCM n&apos;a indiqué aucune date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Organisation validation: expires on %1.</source>
        <translation>Validation de l&apos;organisation : expire le %1.</translation>
    </message>
    <message>
        <source>DCV of %1: SCM reported no expiry date.</source>
        <translation>DCV de %1 : SCM n&apos;a indiqué aucune date d&apos;expiration.</translation>
    </message>
    <message>
        <source>DCV of %1: expires on %2.</source>
        <translation>DCV de %1 : expire le %2.</translation>
    </message>
    <message>
        <source>&quot;mpki-setup status&quot; shows the password expiry dates again; run it before they pass.</source>
        <translation>« mpki-setup status » affiche à nouveau les dates d&apos;expiration des mots de passe ; exécutez-le avant qu&apos;elles ne soient dépassées.</translation>
    </message>
    <message>
        <source>Expiry dates that matter</source>
        <translation>Dates d&apos;expiration importantes</translation>
    </message>
    <message>
        <source>The gateway&apos;s values</source>
        <translation>Les valeurs de la passerelle</translation>
    </message>
    <message>
        <source>Not assembled yet: the connector step has not run.</source>
        <translation>Pas encore assemblées : l&apos;étape du connecteur n&apos;a pas été exécutée.</translation>
    </message>
    <message>
        <source>MPKI type</source>
        <translation>Type MPKI</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>not in this report (kept in the secret store; &quot;mpki-setup export&quot; hands it over)</source>
        <translation>absent de ce rapport (conservé dans le stockage des secrets ; « mpki-setup export » le transmet)</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>Type de certificat</translation>
    </message>
    <message>
        <source>ID %1, term %2 days</source>
        <translation>ID %1, durée %2 jours</translation>
    </message>
    <message>
        <source>%1 (ID %2), term %3 days</source>
        <translation>%1 (ID %2), durée %3 jours</translation>
    </message>
    <message>
        <source>Full name regex</source>
        <translation>Expression régulière du nom complet</translation>
    </message>
    <message>
        <source>Renewal (days before expiry)</source>
        <translation>Renouvellement (jours avant l&apos;expiration)</translation>
    </message>
    <message>
        <source>Managed domains</source>
        <translation>Domaines gérés</translation>
    </message>
    <message>
        <source>Gateway REST API</source>
        <translation>API REST de la passerelle</translation>
    </message>
    <message>
        <source>Checked on the gateway</source>
        <translation>Vérifié sur la passerelle</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The steps</source>
        <translation>Les étapes</translation>
    </message>
    <message>
        <source>Changes sent to SCM</source>
        <translation>Modifications envoyées à SCM</translation>
    </message>
    <message>
        <source>The journal of the run is missing: the changes cannot be listed.</source>
        <translation>Le journal de l&apos;exécution est manquant : les modifications ne peuvent pas être listées.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Created ID</source>
        <translation>ID créé</translation>
    </message>
    <message>
        <source>sent; no answer recorded</source>
        <translation>envoyée ; aucune réponse enregistrée</translation>
    </message>
    <message>
        <source>done (HTTP %1)</source>
        <translation>effectuée (HTTP %1)</translation>
    </message>
    <message>
        <source>refused (HTTP %1)</source>
        <translation>refusée (HTTP %1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>None: everything existed already.</source>
        <translation>Aucune : tout existait déjà.</translation>
    </message>
    <message>
        <source>For the change record. This report holds no password, token or passphrase.</source>
        <translation>Pour le dossier de changement. Ce rapport ne contient aucun mot de passe, jeton ni phrase secrète.</translation>
    </message>
    <message>
        <source>The report %1 must end in .pdf or .html.</source>
        <translation>Le rapport %1 doit se terminer par .pdf ou .html.</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>The “Operator” user of the SEPPmail MPKI interface.</source>
        <translation>L&apos;utilisateur « Opérateur » de l&apos;interface MPKI de SEPPmail.</translation>
    </message>
    <message>
        <source>&amp;Login *:</source>
        <translation>&amp;Identifiant * :</translation>
    </message>
    <message>
        <source>Operator login</source>
        <translation>Identifiant de l&apos;opérateur</translation>
    </message>
    <message>
        <source>&amp;E-mail *:</source>
        <translation>Co&amp;urriel * :</translation>
    </message>
    <message>
        <source>Operator e-mail address</source>
        <translation>Adresse électronique de l&apos;opérateur</translation>
    </message>
    <message>
        <source>&amp;First name *:</source>
        <translation>&amp;Prénom * :</translation>
    </message>
    <message>
        <source>Operator first name</source>
        <translation>Prénom de l&apos;opérateur</translation>
    </message>
    <message>
        <source>&amp;Surname *:</source>
        <translation>N&amp;om de famille * :</translation>
    </message>
    <message>
        <source>Operator surname</source>
        <translation>Nom de famille de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Operator role</source>
        <translation>Rôle de l&apos;opérateur</translation>
    </message>
    <message>
        <source>RAO admin of the organisation (S/MIME)</source>
        <translation>Administrateur RAO de l&apos;organisation (S/MIME)</translation>
    </message>
    <message>
        <source>DRAO admin of the department (S/MIME)</source>
        <translation>Administrateur DRAO du département (S/MIME)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Rô&amp;le :</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Look for the admin “%1”; create it only when it does not exist, with a generated start password kept in the keychain.</source>
        <translation>Chercher l&apos;administrateur « %1 » ; ne le créer que s&apos;il n&apos;existe pas, avec un mot de passe initial généré et conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>A DRAO admin needs a department: go back to the organisation page and name one.</source>
        <translation>Un administrateur DRAO nécessite un département : revenez à la page de l&apos;organisation et indiquez-en un.</translation>
    </message>
    <message>
        <source>Role DRAO on the department “%1”, certificate type Client Certificates.</source>
        <translation>Rôle DRAO sur le département « %1 », type de certificat Client Certificates.</translation>
    </message>
    <message>
        <source>Role RAO on the organisation, certificate type Client Certificates.</source>
        <translation>Rôle RAO sur l&apos;organisation, type de certificat Client Certificates.</translation>
    </message>
    <message>
        <source>“WS API use only” is NOT set yet: the operator must log in once first.</source>
        <translation>« WS API use only » n&apos;est PAS encore activé : l&apos;opérateur doit d&apos;abord se connecter une fois.</translation>
    </message>
    <message>
        <source>Create the &amp;operator</source>
        <translation>&amp;Créer l&apos;opérateur</translation>
    </message>
    <message>
        <source>RAO: an administrator of one organisation; DRAO: of one department of it. The gateway&apos;s operator needs only the right to request S/MIME certificates there.</source>
        <translation>RAO : administrateur d&apos;une organisation ; DRAO : d&apos;un de ses départements. L&apos;opérateur de la passerelle n&apos;a besoin que du droit de demander des certificats S/MIME.</translation>
    </message>
</context>
<context>
    <name>OperatorPasswordRotation</name>
    <message>
        <source>The secret store holds no password of the operator %1 (another machine, or a new keychain). The MRAO admin can set a new one; the gateway&apos;s configured password stops working then.</source>
        <translation>Le stockage des secrets ne contient aucun mot de passe de l&apos;opérateur %1 (autre machine ou nouveau trousseau). L&apos;administrateur MRAO peut en définir un nouveau ; le mot de passe configuré sur la passerelle cesse alors de fonctionner.</translation>
    </message>
    <message>
        <source>SCM refuses every password the secret store holds for the operator %1 (changed elsewhere, or reset). If it was changed elsewhere, rotate there; otherwise the MRAO admin can set a new one, and the gateway&apos;s configured password stops working then.</source>
        <translation>SCM refuse tous les mots de passe que le stockage des secrets contient pour l&apos;opérateur %1 (changés ailleurs ou réinitialisés). S&apos;il a été changé ailleurs, renouvelez-le là-bas ; sinon, l&apos;administrateur MRAO peut en définir un nouveau, et le mot de passe configuré sur la passerelle cesse alors de fonctionner.</translation>
    </message>
    <message>
        <source>SCM knows no admin %1.</source>
        <translation>SCM ne connaît aucun administrateur %1.</translation>
    </message>
    <message>
        <source>No random password could be made.</source>
        <translation>Aucun mot de passe aléatoire n&apos;a pu être généré.</translation>
    </message>
    <message>
        <source>The MRAO admin could not set a new password: %1</source>
        <translation>L&apos;administrateur MRAO n&apos;a pas pu définir de nouveau mot de passe : %1</translation>
    </message>
    <message>
        <source>The new password could not be kept, so it was not set: %1</source>
        <translation>Le nouveau mot de passe n&apos;a pas pu être conservé, il n&apos;a donc pas été défini : %1</translation>
    </message>
    <message>
        <source>SCM did not answer the password change (%1). Run the rotation again: it tries the old and the new password and keeps the one that works.</source>
        <translation>SCM n&apos;a pas répondu au changement de mot de passe (%1). Relancez le renouvellement : il essaie l&apos;ancien et le nouveau mot de passe et conserve celui qui fonctionne.</translation>
    </message>
    <message>
        <source>SCM does not let the operator change the password the admin set over the API: it wants the change in its web interface, which an API-only admin cannot sign in to. The temporary password is kept in the keychain. Make the operator a standard admin in SCM, then run mpki-setup run --only password,api-only: it shows the web address and the passwords.</source>
        <translation>SCM ne permet pas à l&apos;opérateur de changer par l&apos;API le mot de passe défini par l&apos;administrateur : il exige le changement dans son interface web, à laquelle un administrateur limité à l&apos;API ne peut pas se connecter. Le mot de passe temporaire est conservé dans le trousseau. Faites de l&apos;opérateur un administrateur standard dans SCM, puis exécutez mpki-setup run --only password,api-only : la commande affiche l&apos;adresse web et les mots de passe.</translation>
    </message>
    <message>
        <source>SCM refused the new password: %1</source>
        <translation>SCM a refusé le nouveau mot de passe : %1</translation>
    </message>
    <message>
        <source>SCM refused the operator&apos;s own password change: %1. The MRAO admin can set a new one; the gateway&apos;s configured password stops working then.</source>
        <translation>SCM a refusé le changement de mot de passe par l&apos;opérateur lui-même : %1. L&apos;administrateur MRAO peut en définir un nouveau ; le mot de passe configuré sur la passerelle cesse alors de fonctionner.</translation>
    </message>
    <message>
        <source>SCM took the new password, but the secret store could not keep it as the current one (%1). It is still kept as the pending one: run the rotation again.</source>
        <translation>SCM a accepté le nouveau mot de passe, mais le stockage des secrets n&apos;a pas pu le conserver comme mot de passe actuel (%1). Il reste conservé comme mot de passe en attente : relancez le renouvellement.</translation>
    </message>
    <message>
        <source>An earlier rotation had set the operator&apos;s new password; it is now kept as the current one.</source>
        <translation>Un renouvellement précédent avait défini le nouveau mot de passe de l&apos;opérateur ; il est maintenant conservé comme mot de passe actuel.</translation>
    </message>
    <message>
        <source>The operator %1 has a new password; the old one no longer works.</source>
        <translation>L&apos;opérateur %1 a un nouveau mot de passe ; l&apos;ancien ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>OperatorStep</name>
    <message>
        <source>Looking up the operator %1</source>
        <translation>Recherche de l&apos;opérateur %1</translation>
    </message>
    <message>
        <source>Reading the operator %1</source>
        <translation>Lecture de l&apos;opérateur %1</translation>
    </message>
    <message>
        <source>The admin %1 exists already but is not %2 of the organisation (id %3); it has: %4. Give it that role in SCM, or choose another operator login in the plan.</source>
        <translation>L&apos;administrateur %1 existe déjà mais n&apos;est pas %2 de l&apos;organisation (ID %3) ; il a : %4. Attribuez-lui ce rôle dans SCM, ou choisissez un autre identifiant d&apos;opérateur dans le plan.</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>Adding the privileges %1 to the existing operator %2</source>
        <translation>Ajout des privilèges %1 à l&apos;opérateur existant %2</translation>
    </message>
    <message>
        <source>Adding the operator&apos;s privileges</source>
        <translation>Ajout des privilèges de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Reading the privileges of %1</source>
        <translation>Lecture des privilèges de %1</translation>
    </message>
    <message>
        <source>operator.privileges: SCM does not let this admin give %1 the privileges %2 (possible: %3).</source>
        <translation>operator.privileges : SCM ne permet pas à cet administrateur d&apos;attribuer à %1 les privilèges %2 (possibles : %3).</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: no password could be generated.</source>
        <translation>La source aléatoire du système a échoué : aucun mot de passe n&apos;a pu être généré.</translation>
    </message>
    <message>
        <source>Creating the operator %1 (%2) with a temporary password kept in the secret store</source>
        <translation>Création de l&apos;opérateur %1 (%2) avec un mot de passe temporaire conservé dans le stockage des secrets</translation>
    </message>
    <message>
        <source>Creating the operator</source>
        <translation>Création de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Reading the operator back</source>
        <translation>Relecture de l&apos;opérateur</translation>
    </message>
    <message>
        <source>SCM does not show the operator %1 as %2.</source>
        <translation>SCM n&apos;indique pas l&apos;opérateur %1 comme %2.</translation>
    </message>
    <message>
        <source>SCM does not show the privilege %1 on the operator %2.</source>
        <translation>SCM n&apos;indique pas le privilège %1 sur l&apos;opérateur %2.</translation>
    </message>
    <message>
        <source>Created the operator %1 (id %2, %3 on organisation %4).</source>
        <translation>Opérateur %1 créé (ID %2, %3 sur l&apos;organisation %4).</translation>
    </message>
    <message>
        <source>Adopted the operator %1 (id %2, %3 on organisation %4).</source>
        <translation>Opérateur %1 repris (ID %2, %3 sur l&apos;organisation %4).</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>The organisation that will own the domains and the operator.</source>
        <translation>L&apos;organisation à laquelle appartiendront les domaines et l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Address *:</source>
        <translation>&amp;Adresse * :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>&amp;State or province:</source>
        <translation>&amp;Canton ou région :</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Canton ou région</translation>
    </message>
    <message>
        <source>Co&amp;untry (two letters) *:</source>
        <translation>Pa&amp;ys (deux lettres) * :</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code du pays</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Département :</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Only when the operator is a DRAO admin</source>
        <translation>Seulement si l&apos;opérateur est un administrateur DRAO</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation>Le nom de l&apos;organisation est obligatoire.</translation>
    </message>
    <message>
        <source>The address is required.</source>
        <translation>L&apos;adresse est obligatoire.</translation>
    </message>
    <message>
        <source>The country is required (ISO code, e.g. CH).</source>
        <translation>Le pays est obligatoire (code ISO, p. ex. CH).</translation>
    </message>
    <message>
        <source>Look for the organisation “%1” in the Certificate Manager; create it only when it does not exist (an existing one is adopted, its details are left as they are).</source>
        <translation>Chercher l&apos;organisation « %1 » dans le Certificate Manager ; ne la créer que si elle n&apos;existe pas (une organisation existante est reprise, ses données restent inchangées).</translation>
    </message>
    <message>
        <source>Switch on REST enrolment for client certificates (the procedure&apos;s “Web API”).</source>
        <translation>Activer l&apos;inscription REST pour les certificats clients (la « Web API » de la procédure).</translation>
    </message>
    <message>
        <source>Create or adopt the department “%1” below it.</source>
        <translation>Créer ou reprendre le département « %1 » en dessous.</translation>
    </message>
    <message>
        <source>Not possible over the API: the organisation&apos;s “Default profile” and the legacy “Secret Key” — see the values sheet at the end.</source>
        <translation>Impossible par l&apos;API : le « Default profile » de l&apos;organisation et l&apos;ancienne « Secret Key » — voir la fiche des valeurs à la fin.</translation>
    </message>
    <message>
        <source>&amp;Create the organisation</source>
        <translation>&amp;Créer l&apos;organisation</translation>
    </message>
    <message>
        <source>Na&amp;me *:</source>
        <translation>N&amp;om * :</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>Raison socia&amp;le :</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>As in the trade register; empty: the name above</source>
        <translation>Comme au registre du commerce ; si vide : le nom ci-dessus</translation>
    </message>
    <message>
        <source>Organisation identi&amp;fier *:</source>
        <translation>&amp;Identifiant de l&apos;organisation * :</translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation>Identifiant de l&apos;organisation</translation>
    </message>
    <message>
        <source>e.g. NTRCH-CHE-123.456.789 (register, country, number)</source>
        <translation>p. ex. NTRCH-CHE-123.456.789 (registre, pays, numéro)</translation>
    </message>
    <message>
        <source>Sectigo checks the organisation against this register entry for the OV (organisation-validated) S/MIME certificates: NTR (trade register), VAT, LEI, GOV or INT, the country and the number.</source>
        <translation>Pour les certificats S/MIME OV (organisation validée), Sectigo vérifie l&apos;organisation d&apos;après cette inscription au registre : NTR (registre du commerce), VAT, LEI, GOV ou INT, le pays et le numéro.</translation>
    </message>
    <message>
        <source>Enter the city, or the state or province: the Certificate Manager needs one of them.</source>
        <translation>Indiquez la ville, ou le canton ou la région : le Certificate Manager a besoin de l&apos;un des deux.</translation>
    </message>
    <message>
        <source>Pre&amp;view the changes…</source>
        <translation>Aperçu des modifica&amp;tions…</translation>
    </message>
    <message>
        <source>Reads what exists in the Certificate Manager and lists what the run would create, adopt or update, without changing anything.</source>
        <translation>Lit ce qui existe dans le Certificate Manager et liste ce que l&apos;exécution créerait, reprendrait ou mettrait à jour, sans rien modifier.</translation>
    </message>
</context>
<context>
    <name>OrganizationStep</name>
    <message>
        <source>Listing the organisations</source>
        <translation>Liste des organisations</translation>
    </message>
    <message>
        <source>Creating the organisation &apos;%1&apos;</source>
        <translation>Création de l&apos;organisation « %1 »</translation>
    </message>
    <message>
        <source>Creating the organisation</source>
        <translation>Création de l&apos;organisation</translation>
    </message>
    <message>
        <source>Creating the department &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>Création du département « %1 » de « %2 »</translation>
    </message>
    <message>
        <source>Creating the department</source>
        <translation>Création du département</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos;</source>
        <translation>Lecture de « %1 »</translation>
    </message>
    <message>
        <source>Switching on REST/API enrolment of client certificates for &apos;%1&apos; (nothing else is changed)</source>
        <translation>Activation de l&apos;inscription REST/API des certificats clients pour « %1 » (rien d&apos;autre n&apos;est modifié)</translation>
    </message>
    <message>
        <source>Enabling the REST API for &apos;%1&apos;</source>
        <translation>Activation de l&apos;API REST pour « %1 »</translation>
    </message>
    <message>
        <source>Reading the organisation back</source>
        <translation>Relecture de l&apos;organisation</translation>
    </message>
    <message>
        <source>SCM still shows REST/API enrolment off for &apos;%1&apos;.</source>
        <translation>SCM affiche toujours l&apos;inscription REST/API désactivée pour « %1 ».</translation>
    </message>
    <message>
        <source>Created the organisation &apos;%1&apos; (id %2).</source>
        <translation>Organisation « %1 » créée (ID %2).</translation>
    </message>
    <message>
        <source>Adopted the existing organisation &apos;%1&apos; (id %2).</source>
        <translation>Organisation existante « %1 » reprise (ID %2).</translation>
    </message>
    <message>
        <source>Created the department &apos;%1&apos; (id %2).</source>
        <translation>Département « %1 » créé (ID %2).</translation>
    </message>
    <message>
        <source>Adopted the department &apos;%1&apos; (id %2).</source>
        <translation>Département « %1 » repris (ID %2).</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&amp;Run the selected step again</source>
        <translation>&amp;Relancer l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Step overview</source>
        <translation>Aperçu des étapes</translation>
    </message>
    <message>
        <source>Where the onboarding stands. Select a step and run it again when something changed: steps look for what exists first, so nothing is created twice.</source>
        <translation>Où en est la mise en service. Sélectionnez une étape et relancez-la lorsque quelque chose a changé : les étapes cherchent d&apos;abord ce qui existe, rien n&apos;est donc créé deux fois.</translation>
    </message>
    <message>
        <source>Run the selected step again</source>
        <translation>Relancer l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>The operator password&apos;s expiry is not known yet (the verification records it).</source>
        <translation>La date d&apos;expiration du mot de passe de l&apos;opérateur n&apos;est pas encore connue (la vérification l&apos;enregistre).</translation>
    </message>
    <message>
        <source>The password of the operator “%1” does not expire (%2).</source>
        <translation>Le mot de passe de l&apos;opérateur « %1 » n&apos;expire pas (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The password of the operator “%1” expires on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>Le mot de passe de l&apos;opérateur « %1 » expire le %2 (dans %n jour).</numerusform>
            <numerusform>Le mot de passe de l&apos;opérateur « %1 » expire le %2 (dans %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>Change it soon, and enter the new one on the gateway.</source>
        <translation>Changez-le bientôt et saisissez le nouveau sur la passerelle.</translation>
    </message>
    <message>
        <source>All nine steps are done. The gateway&apos;s values are on the connector page.</source>
        <translation>Les neuf étapes sont terminées. Les valeurs de la passerelle se trouvent sur la page du connecteur.</translation>
    </message>
    <message>
        <source>%1 of 9 steps done.</source>
        <translation>%1 étapes sur 9 terminées.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Connect first (the connection page) to run a step.</source>
        <translation>Connectez-vous d&apos;abord (page de connexion) pour exécuter une étape.</translation>
    </message>
    <message>
        <source>&amp;Save the onboarding report…</source>
        <translation>&amp;Enregistrer le rapport de mise en service…</translation>
    </message>
    <message>
        <source>Check the connection&apos;s &amp;health…</source>
        <translation>Vérifier l&apos;état de la &amp;connexion…</translation>
    </message>
    <message>
        <source>Save the onboarding report</source>
        <translation>Enregistrer le rapport de mise en service</translation>
    </message>
    <message>
        <source>One document for the change record: what was created or adopted in SCM, what was done by hand and the expiry dates. It holds no password.</source>
        <translation>Un seul document pour le dossier de changement : ce qui a été créé ou repris dans SCM, ce qui a été fait à la main et les dates d&apos;expiration. Il ne contient aucun mot de passe.</translation>
    </message>
    <message>
        <source>Check the connection&apos;s health</source>
        <translation>Vérifier l&apos;état de la connexion</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Is the gateway&apos;s connection to SCM still good, and for how long?</source>
        <translation>La connexion de la passerelle à SCM est-elle toujours en bon état, et pour combien de temps ?</translation>
    </message>
</context>
<context>
    <name>OwnerOnlyFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot restrict the file to its owner (%1)</source>
        <translation>impossible de restreindre le fichier à son propriétaire (%1)</translation>
    </message>
    <message>
        <source>the new file is readable by others; not writing into it</source>
        <translation>le nouveau fichier est lisible par d&apos;autres ; rien n&apos;y est écrit</translation>
    </message>
    <message>
        <source>the write was abandoned</source>
        <translation>l&apos;écriture a été abandonnée</translation>
    </message>
    <message>
        <source>it is a symbolic link; not writing through it</source>
        <translation>c&apos;est un lien symbolique ; rien n&apos;est écrit par son intermédiaire</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Change the password at the Certificate Manager</source>
        <translation>Changer le mot de passe dans le Certificate Manager</translation>
    </message>
    <message>
        <source>Certificate Manager login address</source>
        <translation>Adresse de connexion du Certificate Manager</translation>
    </message>
    <message>
        <source>&amp;Open the login page</source>
        <translation>&amp;Ouvrir la page de connexion</translation>
    </message>
    <message>
        <source>Operator login</source>
        <translation>Identifiant de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Play the person&apos;s part</source>
        <translation>&amp;Jouer le rôle de la personne</translation>
    </message>
    <message>
        <source>The operator&apos;s one-time password change.</source>
        <translation>Le changement unique du mot de passe de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Demo only: the simulator&apos;s person logs in and sets the new password.</source>
        <translation>Démo uniquement : la personne du simulateur se connecte et définit le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Login &amp;address:</source>
        <translation>&amp;Adresse de connexion :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;temporaire :</translation>
    </message>
    <message>
        <source>N&amp;ew password:</source>
        <translation>Nou&amp;veau mot de passe :</translation>
    </message>
    <message>
        <source>No browser could be started: copy the address into one.</source>
        <translation>Aucun navigateur n&apos;a pu être lancé : copiez l&apos;adresse dans un navigateur.</translation>
    </message>
    <message>
        <source>The simulated person logs in and changes the password…</source>
        <translation>La personne simulée se connecte et change le mot de passe…</translation>
    </message>
    <message>
        <source>Done: %1 Waiting for the Certificate Manager to accept the new password.</source>
        <translation>Terminé : %1 En attente de l&apos;acceptation du nouveau mot de passe par le Certificate Manager.</translation>
    </message>
    <message>
        <source>Generate a new password for “%1” and keep it in the keychain before it is set.</source>
        <translation>Générer un nouveau mot de passe pour « %1 » et le conserver dans le trousseau avant de le définir.</translation>
    </message>
    <message>
        <source>Change the temporary password over the API as the operator; if the Certificate Manager refuses, you do it once at its login page with the values shown here.</source>
        <translation>Changer le mot de passe temporaire par l&apos;API en tant qu&apos;opérateur ; si le Certificate Manager refuse, vous le faites une fois sur sa page de connexion avec les valeurs affichées ici.</translation>
    </message>
    <message>
        <source>Check that the new password works.</source>
        <translation>Vérifier que le nouveau mot de passe fonctionne.</translation>
    </message>
    <message>
        <source>C&amp;hange the password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>I have &amp;set the new password</source>
        <translation>J&apos;ai &amp;défini le nouveau mot de passe</translation>
    </message>
    <message>
        <source>The Certificate Manager does not let the new operator change its start password over the API. Please do it once in the web interface: open the login page, log in as the operator with the temporary password, click the user name at the top right, choose “My Profile”, under “Password” click “Change”, enter the old password once and the new one below twice, and confirm with “Save”. Then log out. Use exactly the new password shown here: the gateway will use it. Then click “I have set the new password”: until then the wizard looks only a few times an hour, because each look before the change is a login the Certificate Manager refuses, and it may lock the operator after several.</source>
        <translation>Le Certificate Manager ne permet pas au nouvel opérateur de changer son mot de passe initial par l&apos;API. Veuillez le faire une fois dans l&apos;interface web : ouvrez la page de connexion, connectez-vous en tant qu&apos;opérateur avec le mot de passe temporaire, cliquez sur le nom d&apos;utilisateur en haut à droite, choisissez « My Profile », sous « Password » cliquez sur « Change », saisissez une fois l&apos;ancien mot de passe et deux fois le nouveau en dessous, puis confirmez avec « Save ». Déconnectez-vous ensuite. Utilisez exactement le nouveau mot de passe affiché ici : la passerelle l&apos;utilisera. Cliquez ensuite sur « J&apos;ai défini le nouveau mot de passe » : d&apos;ici là, l&apos;assistant ne vérifie que quelques fois par heure, car chaque vérification avant le changement est une connexion que le Certificate Manager refuse, et il peut verrouiller l&apos;opérateur après plusieurs refus.</translation>
    </message>
    <message>
        <source>Checking whether the new password works…</source>
        <translation>Vérification du fonctionnement du nouveau mot de passe…</translation>
    </message>
</context>
<context>
    <name>PasswordStep</name>
    <message>
        <source>Signing in as the operator</source>
        <translation>Connexion en tant qu&apos;opérateur</translation>
    </message>
    <message>
        <source>The operator %1 signs in with its own password (kept in the secret store).</source>
        <translation>L&apos;opérateur %1 se connecte avec son propre mot de passe (conservé dans le stockage des secrets).</translation>
    </message>
    <message>
        <source>Changing the operator&apos;s temporary password over the API</source>
        <translation>Changement du mot de passe temporaire de l&apos;opérateur par l&apos;API</translation>
    </message>
    <message>
        <source>Changing the operator&apos;s password</source>
        <translation>Changement du mot de passe de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Signing in with the new password</source>
        <translation>Connexion avec le nouveau mot de passe</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: no password could be generated.</source>
        <translation>La source aléatoire du système a échoué : aucun mot de passe n&apos;a pu être généré.</translation>
    </message>
    <message>
        <source>None of the operator&apos;s stored passwords works, and only an MRAO admin can set a new one. Ask an MRAO to reset the password of %1, or run this step as an MRAO admin.</source>
        <translation>Aucun des mots de passe enregistrés de l&apos;opérateur ne fonctionne, et seul un administrateur MRAO peut en définir un nouveau. Demandez à un MRAO de réinitialiser le mot de passe de %1, ou exécutez cette étape avec un administrateur MRAO.</translation>
    </message>
    <message>
        <source>None of the operator&apos;s stored passwords works: the MRAO admin sets a new temporary one</source>
        <translation>Aucun des mots de passe enregistrés de l&apos;opérateur ne fonctionne : l&apos;administrateur MRAO en définit un nouveau, temporaire</translation>
    </message>
    <message>
        <source>Resetting the operator&apos;s password</source>
        <translation>Réinitialisation du mot de passe de l&apos;opérateur</translation>
    </message>
    <message>
        <source>SCM does not accept the operator&apos;s temporary password over the API. Log in at %1 as %2 with the temporary password and set the new password shown to you (it is kept in the secret store, never logged). mpki-setup checks until the new password works, and again at its next start.</source>
        <translation>SCM n&apos;accepte pas le mot de passe temporaire de l&apos;opérateur par l&apos;API. Connectez-vous sur %1 en tant que %2 avec le mot de passe temporaire et définissez le nouveau mot de passe qui vous est affiché (il est conservé dans le stockage des secrets, jamais journalisé). mpki-setup vérifie jusqu&apos;à ce que le nouveau mot de passe fonctionne, et à nouveau à son prochain démarrage.</translation>
    </message>
    <message>
        <source>The secret store holds no working password of the operator %1 (another machine, or a new keychain?). Resetting it through the MRAO admin makes the gateway&apos;s configured password stop working. To set a new one anyway, run again with --reset-operator-password (in the wizard: confirm the reset), then give the gateway the new connector values.</source>
        <translation>Le stockage des secrets ne contient aucun mot de passe valable de l&apos;opérateur %1 (autre machine ou nouveau trousseau ?). Si l&apos;administrateur MRAO le réinitialise, le mot de passe configuré sur la passerelle cesse de fonctionner. Pour en définir un nouveau malgré tout, relancez avec --reset-operator-password (dans l&apos;assistant : confirmez la réinitialisation), puis fournissez à la passerelle les nouvelles valeurs du connecteur.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>an object ({...})</source>
        <translation>un objet ({...})</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>un texte entre guillemets</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a list of texts ([&quot;...&quot;, ...])</source>
        <translation>une liste de textes ([&quot;...&quot;, ...])</translation>
    </message>
    <message>
        <source>The plan&apos;s &quot;%1&quot; must be %2.</source>
        <translation>« %1 » du plan doit être %2.</translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2.</source>
        <translation>Impossible de lire le plan %1 : %2.</translation>
    </message>
    <message>
        <source>(plan)</source>
        <translation>(plan)</translation>
    </message>
    <message>
        <source>The plan %1 is not valid JSON: %2 at line %3, column %4 (offset %5).</source>
        <translation>Le plan %1 n&apos;est pas un JSON valide : %2 à la ligne %3, colonne %4 (position %5).</translation>
    </message>
    <message>
        <source>The plan %1 must be a JSON object ({...}).</source>
        <translation>Le plan %1 doit être un objet JSON ({...}).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The plan holds a secret (&quot;%1&quot;): a plan never does. Remove it and give the secret through the keychain, an environment variable (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, MPKI_GATEWAY_SECRET) or a --*-file option.</source>
        <translation>Le plan contient un secret (« %1 ») : un plan n&apos;en contient jamais. Supprimez-le et fournissez le secret par le trousseau, une variable d&apos;environnement (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, MPKI_GATEWAY_SECRET) ou une option --*-file.</translation>
    </message>
    <message>
        <source>a list ([...])</source>
        <translation>une liste ([...])</translation>
    </message>
    <message>
        <source>an object ({&quot;name&quot;: ..., &quot;dcv&quot;: ...}) or a domain name</source>
        <translation>un objet ({&quot;name&quot;: ..., &quot;dcv&quot;: ...}) ou un nom de domaine</translation>
    </message>
    <message>
        <source>The plan has the key &quot;%1&quot; (at %2), which mpki-setup does not know: it is ignored.</source>
        <translation>Le plan contient la clé « %1 » (à l&apos;emplacement %2), que mpki-setup ne connaît pas : elle est ignorée.</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Vouliez-vous dire « %1 » ?</translation>
    </message>
    <message>
        <source>The plan may hold a secret in %1: %2. A plan never does: write only the address there (like https://cert-manager.com) and give passwords and tokens through the keychain, an environment variable (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, MPKI_GATEWAY_SECRET) or a --*-file option.</source>
        <translation>Le plan contient peut-être un secret dans %1 : %2. Un plan n&apos;en contient jamais : n&apos;y écrivez que l&apos;adresse (comme https://cert-manager.com) et fournissez les mots de passe et les jetons par le trousseau, une variable d&apos;environnement (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, MPKI_GATEWAY_SECRET) ou une option --*-file.</translation>
    </message>
    <message>
        <source>The plan %1 is larger than %2 KiB; a plan file is a page of JSON.</source>
        <translation>Le plan %1 dépasse %2 Kio ; un fichier de plan tient sur une page de JSON.</translation>
    </message>
    <message>
        <source>The plan %1 is empty: it must be a JSON object ({...}) like resources/examples/demo-plan.json.</source>
        <translation>Le plan %1 est vide : il doit être un objet JSON ({...}) comme resources/examples/demo-plan.json.</translation>
    </message>
    <message>
        <source>The plan %1 is nested too deeply (more than 1024 levels of [ and {); a plan has a few levels only.</source>
        <translation>Le plan %1 est imbriqué trop profondément (plus de 1024 niveaux de [ et de {) ; un plan ne compte que quelques niveaux.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Listing the organisations</source>
        <translation>Liste des organisations</translation>
    </message>
    <message>
        <source>Reading the admin&apos;s password state</source>
        <translation>Lecture de l&apos;état du mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <source>The password of the admin %1 has expired: change it in SCM first.</source>
        <translation>Le mot de passe de l&apos;administrateur %1 a expiré : changez-le d&apos;abord dans SCM.</translation>
    </message>
    <message>
        <source>The password of the admin %1 expires on %2: change it in SCM before the run.</source>
        <translation>Le mot de passe de l&apos;administrateur %1 expire le %2 : changez-le dans SCM avant l&apos;exécution.</translation>
    </message>
    <message>
        <source>Looking up the admin %1</source>
        <translation>Recherche de l&apos;administrateur %1</translation>
    </message>
    <message>
        <source>not listed (an admin sees only the admins it manages)</source>
        <translation>non listé (un administrateur ne voit que les administrateurs qu&apos;il gère)</translation>
    </message>
    <message>
        <source>Reading the admin %1</source>
        <translation>Lecture de l&apos;administrateur %1</translation>
    </message>
    <message>
        <source>roles %1; privileges %2</source>
        <translation>rôles %1 ; privilèges %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>with REST/API enrolment of client certificates</source>
        <translation>avec l&apos;inscription REST/API des certificats clients</translation>
    </message>
    <message>
        <source>offered profiles can be read once the organisation exists</source>
        <translation>les profils proposés pourront être lus une fois l&apos;organisation créée</translation>
    </message>
    <message>
        <source>Sectigo vets the organisation &apos;%1&apos; by hand (%2 validation): hours to days.</source>
        <translation>Sectigo vérifie manuellement l&apos;organisation « %1 » (validation %2) : de quelques heures à quelques jours.</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos;</source>
        <translation>Lecture de « %1 »</translation>
    </message>
    <message>
        <source>exists (id %1)</source>
        <translation>existe (ID %1)</translation>
    </message>
    <message>
        <source>switch on REST/API enrolment of client certificates</source>
        <translation>activer l&apos;inscription REST/API des certificats clients</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s validations</source>
        <translation>Lecture des validations de l&apos;organisation</translation>
    </message>
    <message>
        <source>Sectigo vets the organisation by hand (%1 validation): hours to days.</source>
        <translation>Sectigo vérifie manuellement l&apos;organisation (validation %1) : de quelques heures à quelques jours.</translation>
    </message>
    <message>
        <source>VALIDATED (id %1)</source>
        <translation>VALIDATED (ID %1)</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Sectigo refused the organisation&apos;s %1 validation: %2</source>
        <translation>Sectigo a refusé la validation %1 de l&apos;organisation : %2</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucune raison indiquée)</translation>
    </message>
    <message>
        <source>ask Sectigo to validate again</source>
        <translation>demander à Sectigo une nouvelle validation</translation>
    </message>
    <message>
        <source>Sectigo vets the organisation again (%1 validation).</source>
        <translation>Sectigo vérifie à nouveau l&apos;organisation (validation %1).</translation>
    </message>
    <message>
        <source>%1 (id %2): waiting for Sectigo</source>
        <translation>%1 (ID %2) : en attente de Sectigo</translation>
    </message>
    <message>
        <source>Sectigo is vetting the organisation (%1 validation).</source>
        <translation>Sectigo est en train de vérifier l&apos;organisation (validation %1).</translation>
    </message>
    <message>
        <source>Reading the S/MIME profiles</source>
        <translation>Lecture des profils S/MIME</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>non proposé</translation>
    </message>
    <message>
        <source>SCM does not offer the S/MIME profile &apos;%1&apos; to the organisation (offered: %2).</source>
        <translation>SCM ne propose pas le profil S/MIME « %1 » à l&apos;organisation (proposés : %2).</translation>
    </message>
    <message>
        <source>offered, but not for %1 days</source>
        <translation>proposé, mais pas pour %1 jours</translation>
    </message>
    <message>
        <source>The S/MIME profile &apos;%1&apos; is not offered for %2 days (terms: %3).</source>
        <translation>Le profil S/MIME « %1 » n&apos;est pas proposé pour %2 jours (durées : %3).</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>Looking up the domain %1</source>
        <translation>Recherche du domaine %1</translation>
    </message>
    <message>
        <source>Publish the DNS %1 record that the run shows for %2 (domain control validation).</source>
        <translation>Publier l&apos;enregistrement DNS %1 que l&apos;exécution affiche pour %2 (validation du contrôle de domaine).</translation>
    </message>
    <message>
        <source>Answer Sectigo&apos;s validation e-mail for %1.</source>
        <translation>Répondre au courriel de validation de Sectigo pour %1.</translation>
    </message>
    <message>
        <source>Publish the validation file that the run shows on the web server of %1.</source>
        <translation>Publier le fichier de validation que l&apos;exécution affiche sur le serveur web de %1.</translation>
    </message>
    <message>
        <source>S/MIME</source>
        <translation>S/MIME</translation>
    </message>
    <message>
        <source>Reading the domain %1</source>
        <translation>Lecture du domaine %1</translation>
    </message>
    <message>
        <source>add S/MIME</source>
        <translation>ajouter S/MIME</translation>
    </message>
    <message>
        <source>approve (%1)</source>
        <translation>approuver (%1)</translation>
    </message>
    <message>
        <source>S/MIME, ACTIVE</source>
        <translation>S/MIME, ACTIVE</translation>
    </message>
    <message>
        <source>The domain %1 is delegated for S/MIME to another organisation (id %2).</source>
        <translation>Le domaine %1 est délégué pour S/MIME à une autre organisation (ID %2).</translation>
    </message>
    <message>
        <source>VALIDATED</source>
        <translation>VALIDATED</translation>
    </message>
    <message>
        <source>Looking up the operator %1</source>
        <translation>Recherche de l&apos;opérateur %1</translation>
    </message>
    <message>
        <source>a temporary password, then a new one</source>
        <translation>un mot de passe temporaire, puis un nouveau</translation>
    </message>
    <message>
        <source>If SCM does not let a temporary password be changed over the API, log in once as %1 at SCM&apos;s web page and set the password the run shows.</source>
        <translation>Si SCM ne permet pas de changer un mot de passe temporaire par l&apos;API, connectez-vous une fois en tant que %1 sur la page web de SCM et définissez le mot de passe affiché par l&apos;exécution.</translation>
    </message>
    <message>
        <source>Reading the operator %1</source>
        <translation>Lecture de l&apos;opérateur %1</translation>
    </message>
    <message>
        <source>The admin %1 exists already but is not %2 of the organisation; it has: %3.</source>
        <translation>L&apos;administrateur %1 existe déjà mais n&apos;est pas %2 de l&apos;organisation ; il a : %3.</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>exists (id %1, type %2)</source>
        <translation>existe (ID %1, type %2)</translation>
    </message>
    <message>
        <source>add the privileges %1</source>
        <translation>ajouter les privilèges %1</translation>
    </message>
    <message>
        <source>make API-only</source>
        <translation>limiter à l&apos;API</translation>
    </message>
    <message>
        <source>Submitting the organisation&apos;s validation needs the CA backend&apos;s id, which only an MRAO admin can read.</source>
        <translation>La soumission de la validation de l&apos;organisation nécessite l&apos;ID du backend CA, que seul un administrateur MRAO peut lire.</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Reading what exists in the Certificate Manager (nothing is changed)…</source>
        <translation>Lecture de ce qui existe dans le Certificate Manager (rien n&apos;est modifié)…</translation>
    </message>
    <message>
        <source>Preview of the changes</source>
        <translation>Aperçu des modifications</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>What a person will have to do:</source>
        <translation>Ce qu&apos;une personne devra faire :</translation>
    </message>
    <message>
        <source>What stops the run:</source>
        <translation>Ce qui arrête l&apos;exécution :</translation>
    </message>
    <message>
        <source>The survey did not finish: %1</source>
        <translation>Le relevé n&apos;a pas abouti : %1</translation>
    </message>
    <message>
        <source>Nothing has been changed. The run would go through.</source>
        <translation>Rien n&apos;a été modifié. L&apos;exécution aboutirait.</translation>
    </message>
    <message>
        <source>Nothing has been changed. The run would stop: see below.</source>
        <translation>Rien n&apos;a été modifié. L&apos;exécution s&apos;arrêterait : voir ci-dessous.</translation>
    </message>
</context>
<context>
    <name>PlanPreviewReport</name>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>adopt</source>
        <translation>reprendre</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>update (%1)</source>
        <translation>mettre à jour (%1)</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <source>Plan of changes (nothing has been changed):</source>
        <translation>Plan des modifications (rien n&apos;a été modifié) :</translation>
    </message>
    <message>
        <source>What a person will have to do:</source>
        <translation>Ce qu&apos;une personne devra faire :</translation>
    </message>
    <message>
        <source>What stops the run:</source>
        <translation>Ce qui arrête l&apos;exécution :</translation>
    </message>
    <message>
        <source>The survey did not finish: %1</source>
        <translation>Le relevé n&apos;a pas abouti : %1</translation>
    </message>
    <message>
        <source>The run would go through.</source>
        <translation>L&apos;exécution aboutirait.</translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <source>The organisation&apos;s city (organization.city) and its state or province (organization.stateProvince) are both empty; SCM needs at least one of them.</source>
        <translation>La ville de l&apos;organisation (organization.city) et son canton ou sa région (organization.stateProvince) sont tous deux vides ; SCM a besoin d&apos;au moins l&apos;un des deux.</translation>
    </message>
    <message>
        <source>The department (organization.department) must be given when the operator&apos;s role (operator.role) is DRAO_SMIME: a DRAO administers a department.</source>
        <translation>Le département (organization.department) doit être indiqué lorsque le rôle de l&apos;opérateur (operator.role) est DRAO_SMIME : un DRAO administre un département.</translation>
    </message>
    <message>
        <source>The department (organization.department) &quot;%1&quot; is only used for an operator with the role DRAO_SMIME, but operator.role is RAO_SMIME: remove the department or change the role.</source>
        <translation>Le département (organization.department) « %1 » n&apos;est utilisé que pour un opérateur ayant le rôle DRAO_SMIME, mais operator.role vaut RAO_SMIME : supprimez le département ou changez le rôle.</translation>
    </message>
    <message>
        <source>The domain (%1.name) &quot;%2&quot; is listed twice: also as domains[%3].name.</source>
        <translation>Le domaine (%1.name) « %2 » figure deux fois : aussi comme domains[%3].name.</translation>
    </message>
    <message>
        <source>The operator&apos;s login (operator.login) is the admin&apos;s own (scm.login): the operator must be a separate account, because it becomes API-only.</source>
        <translation>L&apos;identifiant de l&apos;opérateur (operator.login) est celui de l&apos;administrateur (scm.login) : l&apos;opérateur doit être un compte distinct, car il sera limité à l&apos;API.</translation>
    </message>
    <message>
        <source>The managed domains&apos; forwarding port (gateway.api.forwardingPort) is set without a forwarding host (gateway.api.forwardingHost): give both or neither.</source>
        <translation>Le port de transfert des domaines gérés (gateway.api.forwardingPort) est défini sans hôte de transfert (gateway.api.forwardingHost) : indiquez les deux ou aucun.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 ne doit pas être vide.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; SCM allows at most %3.</source>
        <translation>%1 compte %2 caractères ; SCM en autorise au plus %3.</translation>
    </message>
    <message>
        <source>%1 must not be empty: use one of %2.</source>
        <translation>%1 ne doit pas être vide : utilisez l&apos;une des valeurs %2.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; use one of %3.</source>
        <translation>%1 vaut « %2 » ; utilisez l&apos;une des valeurs %3.</translation>
    </message>
    <message>
        <source>%1 must not be empty: give the address, e.g. %2.</source>
        <translation>%1 ne doit pas être vide : indiquez l&apos;adresse, p. ex. %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a web address; write it like %3.</source>
        <translation>%1 « %2 » n&apos;est pas une adresse web ; écrivez-la comme %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must start with https:// (plain http only for 127.0.0.1 or localhost).</source>
        <translation>%1 « %2 » doit commencer par https:// (http simple uniquement pour 127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which SCM does not allow in a login: use letters, digits and ! @ _ . - + &apos;.</source>
        <translation>%1 contient « %2 », que SCM n&apos;autorise pas dans un identifiant : utilisez des lettres, des chiffres et ! @ _ . - + &apos;.</translation>
    </message>
    <message>
        <source>%1 must be 3 to 128 characters long; it has %2.</source>
        <translation>%1 doit compter de 3 à 128 caractères ; il en compte %2.</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which SCM does not allow in a name (none of %3).</source>
        <translation>%1 contient « %2 », que SCM n&apos;autorise pas dans un nom (aucun de %3).</translation>
    </message>
    <message>
        <source>%1 must not contain wsApiUseOnly: the operator becomes API-only in the api-only step, after its password was changed (an API-only admin cannot log in to change it).</source>
        <translation>%1 ne doit pas contenir wsApiUseOnly : l&apos;opérateur est limité à l&apos;API dans l&apos;étape api-only, après le changement de son mot de passe (un administrateur limité à l&apos;API ne peut pas se connecter pour le changer).</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which is not a privilege SCM knows (e.g. clientCertRequest, clientCertRevoke, clientCertManage).</source>
        <translation>%1 contient « %2 », qui n&apos;est pas un privilège connu de SCM (p. ex. clientCertRequest, clientCertRevoke, clientCertManage).</translation>
    </message>
    <message>
        <source>%1 must include clientCertRequest: the gateway requests S/MIME certificates with it.</source>
        <translation>%1 doit inclure clientCertRequest : c&apos;est avec ce privilège que la passerelle demande les certificats S/MIME.</translation>
    </message>
    <message>
        <source>%1 must not be empty; the default is (?&lt;GN&gt;.+) (?&lt;SN&gt;.+).</source>
        <translation>%1 ne doit pas être vide ; la valeur par défaut est (?&lt;GN&gt;.+) (?&lt;SN&gt;.+).</translation>
    </message>
    <message>
        <source>%1 is not a valid regular expression: %2 at position %3.</source>
        <translation>%1 n&apos;est pas une expression régulière valide : %2 à la position %3.</translation>
    </message>
    <message>
        <source>%1 must have the named groups (?&lt;GN&gt;...) for the given name and (?&lt;SN&gt;...) for the surname.</source>
        <translation>%1 doit contenir les groupes nommés (?&lt;GN&gt;...) pour le prénom et (?&lt;SN&gt;...) pour le nom de famille.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is neither a host name nor an IP address.</source>
        <translation>%1 « %2 » n&apos;est ni un nom d&apos;hôte ni une adresse IP.</translation>
    </message>
    <message>
        <source>%1 must be at least 30 days (&quot;%2&quot;).</source>
        <translation>%1 doit être d&apos;au moins 30 jours (« %2 »).</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 doit valoir true ou false.</translation>
    </message>
    <message>
        <source>%1 must be a port number from 1 to 65535.</source>
        <translation>%1 doit être un numéro de port de 1 à 65535.</translation>
    </message>
    <message>
        <source>%1 must not be empty: it is the part after /customer/ in your Certificate Manager&apos;s address.</source>
        <translation>%1 ne doit pas être vide : c&apos;est la partie qui suit /customer/ dans l&apos;adresse de votre Certificate Manager.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be only the part after /customer/, without / or spaces.</source>
        <translation>%1 « %2 » doit être uniquement la partie qui suit /customer/, sans / ni espace.</translation>
    </message>
    <message>
        <source>%1 must not be empty: give its ISO 3166 two-letter code, e.g. CH.</source>
        <translation>%1 ne doit pas être vide : indiquez son code ISO 3166 à deux lettres, p. ex. CH.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 3166 two-letter country code in capitals, e.g. CH, DE, AT.</source>
        <translation>%1 « %2 » n&apos;est pas un code de pays ISO 3166 à deux lettres majuscules, p. ex. CH, DE, AT.</translation>
    </message>
    <message>
        <source>%1 is empty: add the e-mail domains the gateway signs and encrypts for.</source>
        <translation>%1 est vide : ajoutez les domaines de messagerie pour lesquels la passerelle signe et chiffre.</translation>
    </message>
    <message>
        <source>%1 must be a number of days greater than 0, e.g. 365.</source>
        <translation>%1 doit être un nombre de jours supérieur à 0, p. ex. 365.</translation>
    </message>
    <message>
        <source>%1 must not be empty; the gateway&apos;s default customer is [default].</source>
        <translation>%1 ne doit pas être vide ; le client par défaut de la passerelle est [default].</translation>
    </message>
    <message>
        <source>The SCM address</source>
        <translation>L&apos;adresse de SCM</translation>
    </message>
    <message>
        <source>The customer URI</source>
        <translation>La Customer URI</translation>
    </message>
    <message>
        <source>The admin&apos;s login</source>
        <translation>L&apos;identifiant de l&apos;administrateur</translation>
    </message>
    <message>
        <source>The SCM dialect</source>
        <translation>Le dialecte SCM</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Le nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s address</source>
        <translation>L&apos;adresse de l&apos;organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s city</source>
        <translation>La ville de l&apos;organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s state or province</source>
        <translation>Le canton ou la région de l&apos;organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s postal code</source>
        <translation>Le code postal de l&apos;organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s country</source>
        <translation>Le pays de l&apos;organisation</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>Le département</translation>
    </message>
    <message>
        <source>The validation level</source>
        <translation>Le niveau de validation</translation>
    </message>
    <message>
        <source>The organisation&apos;s legal name</source>
        <translation>La raison sociale de l&apos;organisation</translation>
    </message>
    <message>
        <source>The organisation identifier</source>
        <translation>L&apos;identifiant de l&apos;organisation</translation>
    </message>
    <message>
        <source>The list of domains</source>
        <translation>La liste des domaines</translation>
    </message>
    <message>
        <source>The domain</source>
        <translation>Le domaine</translation>
    </message>
    <message>
        <source>The domain&apos;s validation method</source>
        <translation>La méthode de validation du domaine</translation>
    </message>
    <message>
        <source>The operator&apos;s login</source>
        <translation>L&apos;identifiant de l&apos;opérateur</translation>
    </message>
    <message>
        <source>The operator&apos;s e-mail address</source>
        <translation>L&apos;adresse électronique de l&apos;opérateur</translation>
    </message>
    <message>
        <source>The operator&apos;s forename</source>
        <translation>Le prénom de l&apos;opérateur</translation>
    </message>
    <message>
        <source>The operator&apos;s surname</source>
        <translation>Le nom de famille de l&apos;opérateur</translation>
    </message>
    <message>
        <source>The operator&apos;s role</source>
        <translation>Le rôle de l&apos;opérateur</translation>
    </message>
    <message>
        <source>The operator&apos;s privileges</source>
        <translation>La liste des privilèges de l&apos;opérateur</translation>
    </message>
    <message>
        <source>The S/MIME certificate profile</source>
        <translation>Le profil de certificat S/MIME</translation>
    </message>
    <message>
        <source>The certificate term</source>
        <translation>La durée du certificat</translation>
    </message>
    <message>
        <source>The renewal period</source>
        <translation>La période de renouvellement</translation>
    </message>
    <message>
        <source>The full-name pattern</source>
        <translation>Le modèle du nom complet</translation>
    </message>
    <message>
        <source>The gateway&apos;s API address</source>
        <translation>L&apos;adresse de l&apos;API de la passerelle</translation>
    </message>
    <message>
        <source>The gateway&apos;s customer</source>
        <translation>Le client de la passerelle</translation>
    </message>
    <message>
        <source>Whether to create missing managed domains</source>
        <translation>L&apos;option de création des domaines gérés manquants</translation>
    </message>
    <message>
        <source>The managed domains&apos; forwarding host</source>
        <translation>L&apos;hôte de transfert des domaines gérés</translation>
    </message>
    <message>
        <source>The managed domains&apos; forwarding port</source>
        <translation>Le port de transfert des domaines gérés</translation>
    </message>
    <message>
        <source>The domain&apos;s validation e-mail address</source>
        <translation>L&apos;adresse électronique de validation du domaine</translation>
    </message>
    <message>
        <source>The domain %1 is validated by e-mail (%2.dcv is EMAIL) but %2.dcvEmail names no address: name the address Sectigo&apos;s validation mail goes to, one of those SCM offers (such as webmaster@%1).</source>
        <translation>Le domaine %1 est validé par courriel (%2.dcv vaut EMAIL) mais %2.dcvEmail n&apos;indique aucune adresse : indiquez l&apos;adresse à laquelle Sectigo envoie le courriel de validation, l&apos;une de celles proposées par SCM (p. ex. webmaster@%1).</translation>
    </message>
    <message>
        <source>%1 must be only the address, like %2, but %3. A plan never holds a secret: give passwords and tokens through the keychain, an environment variable or a --*-file option.</source>
        <translation>%1 doit être uniquement l&apos;adresse, comme %2, mais %3. Un plan ne contient jamais de secret : fournissez les mots de passe et les jetons par le trousseau, une variable d&apos;environnement ou une option --*-file.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid domain name: %3</source>
        <translation>%1 « %2 » n&apos;est pas un nom de domaine valide : %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid e-mail address: its domain %3</source>
        <translation>%1 « %2 » n&apos;est pas une adresse électronique valide ; quant à son domaine, %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid e-mail address (like pki@example.ch).</source>
        <translation>%1 « %2 » n&apos;est pas une adresse électronique valide (comme pki@example.ch).</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>%1 contains an invisible direction control (%2) at position %3 (&quot;%4&quot;): it makes text read differently from what it is, and it would end up in certificates. Remove it.</source>
        <translation>%1 contient un caractère invisible de contrôle de direction (%2) à la position %3 (« %4 ») : il fait lire le texte autrement que ce qu&apos;il est, et il se retrouverait dans les certificats. Supprimez-le.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2) at position %3 (&quot;%4&quot;); names go into certificates as they are written. Remove it.</source>
        <translation>%1 contient un caractère de contrôle (%2) à la position %3 (« %4 ») ; les noms figurent dans les certificats tels qu&apos;ils sont écrits. Supprimez-le.</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latin</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>cyrillique</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grec</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>arménien</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hébreu</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>géorgien</translation>
    </message>
    <message>
        <source>Cherokee</source>
        <translation>cherokee</translation>
    </message>
    <message>
        <source>Han</source>
        <translation>han</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>hiragana</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>katakana</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>hangeul</translation>
    </message>
    <message>
        <source>script %1</source>
        <translation>écriture %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>il est vide.</translation>
    </message>
    <message>
        <source>it has spaces around it.</source>
        <translation>il est entouré d&apos;espaces.</translation>
    </message>
    <message>
        <source>it is a wildcard; name the domain itself (no wildcard), e.g. example.ch.</source>
        <translation>c&apos;est un caractère générique (wildcard) ; indiquez le domaine lui-même (sans caractère générique), p. ex. example.ch.</translation>
    </message>
    <message>
        <source>it has a single label; write the whole domain, like example.ch.</source>
        <translation>il n&apos;a qu&apos;une seule étiquette ; écrivez le domaine complet, comme example.ch.</translation>
    </message>
    <message>
        <source>it has an empty label (two dots in a row, or a dot at the start or the end).</source>
        <translation>il a une étiquette vide (deux points consécutifs, ou un point au début ou à la fin).</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot; (%2), which is not a letter, a digit or a hyphen; a domain name holds only those, in labels of up to 63 characters.</source>
        <translation>il contient « %1 » (%2), qui n&apos;est ni une lettre, ni un chiffre, ni un trait d&apos;union ; un nom de domaine ne contient que ceux-ci, dans des étiquettes de 63 caractères au plus.</translation>
    </message>
    <message>
        <source>its label &quot;%1&quot; starts or ends with a hyphen.</source>
        <translation>son étiquette « %1 » commence ou se termine par un trait d&apos;union.</translation>
    </message>
    <message>
        <source>its label &quot;%1&quot; is %2 characters long in its ASCII form; a label has at most 63 characters.</source>
        <translation>son étiquette « %1 » compte %2 caractères sous sa forme ASCII ; une étiquette compte au plus 63 caractères.</translation>
    </message>
    <message>
        <source>its label &quot;%1&quot; is not valid punycode.</source>
        <translation>son étiquette « %1 » n&apos;est pas un punycode valide.</translation>
    </message>
    <message>
        <source>its label &quot;%1&quot; stands for &quot;%2&quot;, which holds %3, not a letter or a digit.</source>
        <translation>son étiquette « %1 » représente « %2 », qui contient %3, lequel n&apos;est ni une lettre ni un chiffre.</translation>
    </message>
    <message>
        <source>it is &quot;%1&quot; in Unicode and %2 in its ASCII (punycode) form, and its label &quot;%3&quot; mixes %4 letters. Look-alike (homograph) domains are made that way, e.g. with a Cyrillic letter that looks like a Latin one: write each label in one script.</source>
        <translation>il s&apos;écrit « %1 » en Unicode et %2 sous sa forme ASCII (punycode), et son étiquette « %3 » mélange des lettres de plusieurs écritures (%4). C&apos;est ainsi que l&apos;on fabrique des domaines sosies (homographes), p. ex. avec une lettre cyrillique qui ressemble à une lettre latine : écrivez chaque étiquette dans une seule écriture.</translation>
    </message>
    <message>
        <source>it cannot be converted to its ASCII form (IDNA).</source>
        <translation>il ne peut pas être converti sous sa forme ASCII (IDNA).</translation>
    </message>
    <message>
        <source>it is %1 characters long in its ASCII form; a domain name has at most 253.</source>
        <translation>il compte %1 caractères sous sa forme ASCII ; un nom de domaine en compte au plus 253.</translation>
    </message>
    <message>
        <source>its ASCII form %1 is not made of letters, digits and hyphens.</source>
        <translation>sa forme ASCII %1 ne se compose pas uniquement de lettres, de chiffres et de traits d&apos;union.</translation>
    </message>
    <message>
        <source>it is too short to be a registered domain.</source>
        <translation>il est trop court pour être un domaine enregistré.</translation>
    </message>
    <message>
        <source>it ends in a number; write a domain name, not an IP address.</source>
        <translation>il se termine par un nombre ; écrivez un nom de domaine, pas une adresse IP.</translation>
    </message>
    <message>
        <source>it holds a user name or password (before &quot;@&quot;)</source>
        <translation>elle contient un nom d&apos;utilisateur ou un mot de passe (avant « @ »)</translation>
    </message>
    <message>
        <source>it has a query (&quot;?...&quot;), where keys and tokens are often passed</source>
        <translation>elle contient une requête (« ?... »), par laquelle on transmet souvent des clés et des jetons</translation>
    </message>
    <message>
        <source>it has a fragment (&quot;#...&quot;)</source>
        <translation>elle contient un fragment (« #... »)</translation>
    </message>
</context>
<context>
    <name>PreviewCommand</name>
    <message>
        <source>Shows what `run` would do with the plan, changing nothing: signs in as the plan&apos;s admin, reads the organisation, its validation, the domains, the operator and the S/MIME profiles, and lists for each object create, adopt, update or nothing to do, what a person will have to do, and what would stop the run. Exit codes: 0 the run would go through, 2 the plan is wrong, 4 SCM refuses something the run needs, 5 network/TLS failure, 1 anything else.</source>
        <translation>Montre ce que `run` ferait avec le plan, sans rien modifier : se connecte en tant qu&apos;administrateur du plan, lit l&apos;organisation, sa validation, les domaines, l&apos;opérateur et les profils S/MIME, et indique pour chaque objet s&apos;il faut le créer, le reprendre, le mettre à jour ou s&apos;il n&apos;y a rien à faire, ce qu&apos;une personne devra faire et ce qui arrêterait l&apos;exécution. Codes de sortie : 0 l&apos;exécution aboutirait, 2 le plan est incorrect, 4 SCM refuse quelque chose dont l&apos;exécution a besoin, 5 échec réseau/TLS, 1 tout le reste.</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Le fichier du plan (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>One JSON object: {&quot;actions&quot;: [{kind, name, action}], &quot;tasks&quot;, &quot;blockers&quot;}.</source>
        <translation>Un seul objet JSON : {&quot;actions&quot;: [{kind, name, action}], &quot;tasks&quot;, &quot;blockers&quot;}.</translation>
    </message>
    <message>
        <source>The admin&apos;s password (first line of the file).</source>
        <translation>Le mot de passe de l&apos;administrateur (première ligne du fichier).</translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM or DER).</source>
        <translation>Approuver aussi ce certificat CA (PEM ou DER).</translation>
    </message>
    <message>
        <source>--plan FILE is required.</source>
        <translation>--plan FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>The plan is not valid:
%1</source>
        <translation>Le plan n&apos;est pas valide :
%1</translation>
    </message>
    <message>
        <source>SCM did not answer within %1 seconds.</source>
        <translation>SCM n&apos;a pas répondu en %1 secondes.</translation>
    </message>
    <message>
        <source>mpki-setup preview: warning: %1
</source>
        <translation>mpki-setup preview : avertissement : %1
</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Makes the read-only calls that preview, run and health depend on, as the plan&apos;s admin, checks each answer against Sectigo&apos;s published schema and against what mpki-setup reads, and writes a redacted transcript (names, logins, e-mail addresses, passwords replaced by their type and length) that `mpki-setup simulate --replay` can answer from. Nothing in SCM is changed.
Exit codes: 0 the calls were made (mismatches are reported, not an error), 2 bad input, 4 SCM refused the sign-in, 1 the file could not be written.</source>
        <translation>Effectue, en tant qu&apos;administrateur du plan, les appels en lecture seule dont dépendent preview, run et health, vérifie chaque réponse par rapport au schéma publié par Sectigo et à ce que lit mpki-setup, et écrit une transcription anonymisée (noms, identifiants, adresses électroniques et mots de passe remplacés par leur type et leur longueur) à partir de laquelle `mpki-setup simulate --replay` peut répondre. Rien n&apos;est modifié dans SCM.
Codes de sortie : 0 les appels ont été effectués (les divergences sont signalées, ce n&apos;est pas une erreur), 2 entrée incorrecte, 4 SCM a refusé la connexion, 1 le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Le fichier du plan (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Where to write the transcript (JSON).</source>
        <translation>Où écrire la transcription (JSON).</translation>
    </message>
    <message>
        <source>Keep the plan&apos;s own names (organisation, department, domains, operator login) so that a replay can answer lookups by name. Passwords and e-mail addresses are always redacted.</source>
        <translation>Conserver les noms propres du plan (organisation, département, domaines, identifiant de l&apos;opérateur) afin qu&apos;un rejeu puisse répondre aux recherches par nom. Les mots de passe et les adresses électroniques sont toujours masqués.</translation>
    </message>
    <message>
        <source>The admin&apos;s password (first line of the file).</source>
        <translation>Le mot de passe de l&apos;administrateur (première ligne du fichier).</translation>
    </message>
    <message>
        <source>mpki-setup probe: --plan FILE and --out FILE are required.</source>
        <translation>mpki-setup probe : --plan FICHIER et --out FICHIER sont obligatoires.</translation>
    </message>
    <message>
        <source>mpki-setup probe: %1</source>
        <translation>mpki-setup probe : %1</translation>
    </message>
    <message>
        <source>mpki-setup probe: the shipped schema cannot be read.</source>
        <translation>mpki-setup probe : le schéma fourni ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Calls made: %1; answers that matched Sectigo&apos;s schema: %2; mismatches: %3.</source>
        <translation>Appels effectués : %1 ; réponses conformes au schéma de Sectigo : %2 ; divergences : %3.</translation>
    </message>
    <message>
        <source>  %1: %2: expected %3, seen %4</source>
        <translation>  %1 : %2 : attendu %3, constaté %4</translation>
    </message>
    <message>
        <source>  %1: not described in Sectigo&apos;s schema (not checked)</source>
        <translation>  %1 : non décrit dans le schéma de Sectigo (non vérifié)</translation>
    </message>
    <message>
        <source>Transcript written to %1.</source>
        <translation>Transcription écrite dans %1.</translation>
    </message>
    <message>
        <source>mpki-setup probe: SCM refused the sign-in: %1</source>
        <translation>mpki-setup probe : SCM a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>mpki-setup probe: warning: %1</source>
        <translation>mpki-setup probe : avertissement : %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The page answered HTTP %1.</source>
        <translation>La page a répondu HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Writes the onboarding report for the change record from a state directory: who ran the onboarding and when, against which SCM and customer URI, what was created or adopted there with its ids, what was done by hand, the expiry dates that matter and the gateway&apos;s values. It holds no secret.</source>
        <translation>Écrit le rapport de mise en service pour le dossier de changement à partir d&apos;un répertoire d&apos;état : qui a exécuté la mise en service et quand, avec quel SCM et quelle Customer URI, ce qui y a été créé ou repris avec les ID, ce qui a été fait à la main, les dates d&apos;expiration importantes et les valeurs de la passerelle. Il ne contient aucun secret.</translation>
    </message>
    <message>
        <source>The language of the messages and of the report.</source>
        <translation>La langue des messages et du rapport.</translation>
    </message>
    <message>
        <source>The state directory of a run.</source>
        <translation>Le répertoire d&apos;état d&apos;une exécution.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉPERTOIRE</translation>
    </message>
    <message>
        <source>The report to write (.pdf or .html).</source>
        <translation>Le rapport à écrire (.pdf ou .html).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>mpki-setup report: give the state directory with --state DIR and the report to write with --out FILE.pdf or FILE.html.
</source>
        <translation>mpki-setup report : indiquez le répertoire d&apos;état avec --state RÉPERTOIRE et le rapport à écrire avec --out FICHIER.pdf ou FICHIER.html.
</translation>
    </message>
    <message>
        <source>mpki-setup report: the report %1 must end in .pdf or .html.
</source>
        <translation>mpki-setup report : le rapport %1 doit se terminer par .pdf ou .html.
</translation>
    </message>
    <message>
        <source>mpki-setup report: %1
</source>
        <translation>mpki-setup report : %1
</translation>
    </message>
    <message>
        <source>Wrote the onboarding report %1.
</source>
        <translation>Rapport de mise en service %1 écrit.
</translation>
    </message>
</context>
<context>
    <name>RotateCommand</name>
    <message>
        <source>mpki-setup rotate: %1
</source>
        <translation>mpki-setup rotate : %1
</translation>
    </message>
    <message numerus="yes">
        <source>The rotation did not finish within %n second(s); run it again: it tries the old and the new password.</source>
        <translation>
            <numerusform>Le renouvellement ne s&apos;est pas terminé en %n seconde ; relancez-le : il essaie l&apos;ancien et le nouveau mot de passe.</numerusform>
            <numerusform>Le renouvellement ne s&apos;est pas terminé en %n secondes ; relancez-le : il essaie l&apos;ancien et le nouveau mot de passe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives the operator a new generated password over the API, keeps it in the keychain, and writes a new connector file and values sheet when asked. The gateway&apos;s MPKI page then needs the new password: the old one stops working at once.</source>
        <translation>Donne à l&apos;opérateur un nouveau mot de passe généré par l&apos;API, le conserve dans le trousseau et, sur demande, écrit un nouveau fichier du connecteur et une fiche des valeurs. La page MPKI de la passerelle a ensuite besoin du nouveau mot de passe : l&apos;ancien cesse immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>The language of the messages and the sheet&apos;s labels.</source>
        <translation>La langue des messages et des libellés de la fiche.</translation>
    </message>
    <message>
        <source>The state directory of the onboarding.</source>
        <translation>Le répertoire d&apos;état de la mise en service.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉPERTOIRE</translation>
    </message>
    <message>
        <source>Write a new connector file here.</source>
        <translation>Écrire un nouveau fichier du connecteur à cet emplacement.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>A file whose first line is the connector file&apos;s passphrase (without it, the passphrase is asked for on the terminal).</source>
        <translation>Un fichier dont la première ligne est la phrase secrète du fichier du connecteur (sans lui, la phrase secrète est demandée dans le terminal).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Write the password in the connector file in the clear (the file is still 0600).</source>
        <translation>Écrire le mot de passe en clair dans le fichier du connecteur (le fichier reste en 0600).</translation>
    </message>
    <message>
        <source>Also write the values sheet (.pdf or .html).</source>
        <translation>Écrire aussi la fiche des valeurs (.pdf ou .html).</translation>
    </message>
    <message>
        <source>When no stored password of the operator signs in: let the plan&apos;s MRAO admin set a new one (the gateway&apos;s configured password stops working).</source>
        <translation>Si aucun mot de passe enregistré de l&apos;opérateur ne permet de se connecter : laisser l&apos;administrateur MRAO du plan en définir un nouveau (le mot de passe configuré sur la passerelle cesse de fonctionner).</translation>
    </message>
    <message>
        <source>A file whose first line is the admin&apos;s password (with --reset-operator-password).</source>
        <translation>Un fichier dont la première ligne est le mot de passe de l&apos;administrateur (avec --reset-operator-password).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this file (PEM or DER) for SCM.</source>
        <translation>Approuver aussi les certificats CA de ce fichier (PEM ou DER) pour SCM.</translation>
    </message>
    <message>
        <source>give the state directory with --state DIR.</source>
        <translation>indiquez le répertoire d&apos;état avec --state RÉPERTOIRE.</translation>
    </message>
    <message>
        <source>--plain and --passphrase-file go with --export FILE.</source>
        <translation>--plain et --passphrase-file s&apos;utilisent avec --export FICHIER.</translation>
    </message>
    <message>
        <source>--plain and --passphrase-file exclude each other.</source>
        <translation>--plain et --passphrase-file s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>the values sheet must end in .pdf or .html.</source>
        <translation>la fiche des valeurs doit se terminer par .pdf ou .html.</translation>
    </message>
    <message>
        <source>%1 holds no onboarding state.</source>
        <translation>%1 ne contient aucun état de mise en service.</translation>
    </message>
    <message>
        <source>--reset-operator-password needs the plan the onboarding ran with, for the admin&apos;s login: %1</source>
        <translation>--reset-operator-password nécessite le plan avec lequel la mise en service a été exécutée, pour l&apos;identifiant de l&apos;administrateur : %1</translation>
    </message>
    <message>
        <source>the state names none</source>
        <translation>l&apos;état n&apos;en indique aucun</translation>
    </message>
    <message>
        <source>%1 To let it, run the rotation again with --reset-operator-password (the admin&apos;s password from --password-file, MPKI_SCM_PASSWORD or the keychain).</source>
        <translation>%1 Pour l&apos;y autoriser, relancez le renouvellement avec --reset-operator-password (le mot de passe de l&apos;administrateur provenant de --password-file, de MPKI_SCM_PASSWORD ou du trousseau).</translation>
    </message>
    <message>
        <source>mpki-setup rotate: the new password is in the keychain, but the state could not be saved: %1
</source>
        <translation>mpki-setup rotate : le nouveau mot de passe est dans le trousseau, mais l&apos;état n&apos;a pas pu être enregistré : %1
</translation>
    </message>
    <message>
        <source>(SCM gives no date)</source>
        <translation>(SCM ne donne aucune date)</translation>
    </message>
    <message>
        <source>New password: %1 (kept in the keychain; expires %2). The old one stopped working at %3.
</source>
        <translation>Nouveau mot de passe : %1 (conservé dans le trousseau ; expiration : %2). L&apos;ancien ne fonctionne plus depuis %3.
</translation>
    </message>
    <message>
        <source>Wrote the values sheet %1.
</source>
        <translation>Fiche des valeurs %1 écrite.
</translation>
    </message>
    <message>
        <source>Type the new password into the gateway&apos;s MPKI page now: %1
</source>
        <translation>Saisissez maintenant le nouveau mot de passe sur la page MPKI de la passerelle : %1
</translation>
    </message>
    <message>
        <source>mpki-setup export --state %1 --out FILE writes it into a connector file.</source>
        <translation>mpki-setup export --state %1 --out FICHIER l&apos;écrit dans un fichier du connecteur.</translation>
    </message>
    <message>
        <source>mpki-setup import --in %1 --show-password shows it.</source>
        <translation>mpki-setup import --in %1 --show-password l&apos;affiche.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>SCM wants the operator&apos;s temporary password changed at its web page, but there is no terminal to show the passwords on. Run the same command on a terminal (or use the wizard) to see them.</source>
        <translation>SCM exige que le mot de passe temporaire de l&apos;opérateur soit changé sur sa page web, mais aucun terminal n&apos;est disponible pour afficher les mots de passe. Exécutez la même commande dans un terminal (ou utilisez l&apos;assistant) pour les voir.</translation>
    </message>
    <message>
        <source>
*** Action needed: SCM does not let the operator change its temporary password over the API.
    1. Open %1
    2. Log in as %2 with the temporary password: %3
    3. Set this new password (exactly): %4
    These passwords are shown only here, once; they are kept in your keychain, never logged.
    This run checks until the new password works.
</source>
        <translation>
*** Action requise : SCM ne permet pas à l&apos;opérateur de changer son mot de passe temporaire par l&apos;API.
    1. Ouvrez %1
    2. Connectez-vous en tant que %2 avec le mot de passe temporaire : %3
    3. Définissez ce nouveau mot de passe (exactement) : %4
    Ces mots de passe ne sont affichés qu&apos;ici, une seule fois ; ils sont conservés dans votre trousseau, jamais journalisés.
    Cette exécution vérifie jusqu&apos;à ce que le nouveau mot de passe fonctionne.
</translation>
    </message>
    <message>
        <source>Runs the onboarding procedure headless: every step whose needs are met, polling what it waits for until the deadline. Exit codes: 0 complete, 2 bad input, 3 waiting (run again later), 4 refused by SCM, 5 network/TLS failure, 1 anything else.
The state directory defaults to $XDG_STATE_HOME/mpki-setup/&lt;plan name&gt; (~/.local/state/mpki-setup/&lt;plan name&gt;).</source>
        <translation>Exécute la procédure de mise en service sans interface : chaque étape dont les prérequis sont remplis, en interrogeant ce qu&apos;elle attend jusqu&apos;au délai imparti. Codes de sortie : 0 terminé, 2 entrée incorrecte, 3 en attente (relancer plus tard), 4 refusé par SCM, 5 échec réseau/TLS, 1 tout le reste.
Le répertoire d&apos;état est par défaut $XDG_STATE_HOME/mpki-setup/&lt;nom du plan&gt; (~/.local/state/mpki-setup/&lt;nom du plan&gt;).</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Le fichier du plan (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Run against the embedded simulators (no account needed).</source>
        <translation>Exécuter avec les simulateurs intégrés (aucun compte nécessaire).</translation>
    </message>
    <message>
        <source>The state directory.</source>
        <translation>Le répertoire d&apos;état.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉPERTOIRE</translation>
    </message>
    <message>
        <source>Run only these steps (comma-separated).</source>
        <translation>N&apos;exécuter que ces étapes (séparées par des virgules).</translation>
    </message>
    <message>
        <source>STEP,...</source>
        <translation>ÉTAPE,...</translation>
    </message>
    <message>
        <source>Seconds to keep polling what the run waits for (default 600).</source>
        <translation>Durée en secondes pendant laquelle interroger ce qu&apos;attend l&apos;exécution (par défaut 600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>Write the connector file.</source>
        <translation>Écrire le fichier du connecteur.</translation>
    </message>
    <message>
        <source>The connector file&apos;s passphrase (first line).</source>
        <translation>La phrase secrète du fichier du connecteur (première ligne).</translation>
    </message>
    <message>
        <source>Write the connector file with the password in the clear.</source>
        <translation>Écrire le fichier du connecteur avec le mot de passe en clair.</translation>
    </message>
    <message>
        <source>The admin&apos;s password (first line of the file).</source>
        <translation>Le mot de passe de l&apos;administrateur (première ligne du fichier).</translation>
    </message>
    <message>
        <source>Go on with a GÉANT TCS customer URI.</source>
        <translation>Continuer avec une Customer URI GÉANT TCS.</translation>
    </message>
    <message>
        <source>SCM calls in flight at once.</source>
        <translation>Nombre d&apos;appels SCM simultanés.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The gateway API token (first line).</source>
        <translation>Le jeton API de la passerelle (première ligne).</translation>
    </message>
    <message>
        <source>The gateway API secret (first line).</source>
        <translation>Le secret API de la passerelle (première ligne).</translation>
    </message>
    <message>
        <source>--plan FILE is required.</source>
        <translation>--plan FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>--deadline takes a number of seconds.</source>
        <translation>--deadline attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation>--concurrency attend un nombre de 1 à 64.</translation>
    </message>
    <message>
        <source>--export needs --passphrase-file FILE (or --plain for a file with the password in the clear).</source>
        <translation>--export nécessite --passphrase-file FICHIER (ou --plain pour un fichier avec le mot de passe en clair).</translation>
    </message>
    <message>
        <source>The demo&apos;s simulators did not start: %1</source>
        <translation>Les simulateurs de la démo n&apos;ont pas démarré : %1</translation>
    </message>
    <message>
        <source>Demo: SCM simulator at %1 (customer %2, admin %3), gateway simulator at %4; secrets in memory; state in %5.</source>
        <translation>Démo : simulateur SCM sur %1 (client %2, administrateur %3), simulateur de passerelle sur %4 ; secrets en mémoire ; état dans %5.</translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM or DER).</source>
        <translation>Approuver aussi ce certificat CA (PEM ou DER).</translation>
    </message>
    <message>
        <source>    Press Enter here once it is set: until then this run looks only a few times an hour.
</source>
        <translation>    Appuyez ici sur Entrée une fois le mot de passe défini : d&apos;ici là, cette exécution ne vérifie que quelques fois par heure.
</translation>
    </message>
    <message>
        <source>mpki-setup run: warning: %1</source>
        <translation>mpki-setup run : avertissement : %1</translation>
    </message>
    <message>
        <source>--only &quot;%1&quot; has an empty step name; give step names separated by commas, e.g. --only organization,domains. The steps are: %2.</source>
        <translation>--only « %1 » contient un nom d&apos;étape vide ; indiquez des noms d&apos;étapes séparés par des virgules, p. ex. --only organization,domains. Les étapes sont : %2.</translation>
    </message>
    <message>
        <source>--only names the step &quot;%1&quot;, which does not exist. The steps are: %2.</source>
        <translation>--only désigne l&apos;étape « %1 », qui n&apos;existe pas. Les étapes sont : %2.</translation>
    </message>
    <message>
        <source>When no stored password of the operator signs in: let the plan&apos;s MRAO admin set a new one (the gateway&apos;s configured password stops working).</source>
        <translation>Si aucun mot de passe enregistré de l&apos;opérateur ne permet de se connecter : laisser l&apos;administrateur MRAO du plan en définir un nouveau (le mot de passe configuré sur la passerelle cesse de fonctionner).</translation>
    </message>
    <message>
        <source>Stopped by %1: the progress is saved; run the same command again to continue where this run stopped.</source>
        <translation>Arrêté par %1 : l&apos;avancement est enregistré ; relancez la même commande pour continuer là où cette exécution s&apos;est arrêtée.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Unknown step &apos;%1&apos; in --only. The steps are: %2.</source>
        <translation>Étape inconnue « %1 » dans --only. Les étapes sont : %2.</translation>
    </message>
    <message>
        <source>No state directory was given.</source>
        <translation>Aucun répertoire d&apos;état n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>No secret store is available for the operator&apos;s passwords.</source>
        <translation>Aucun stockage des secrets n&apos;est disponible pour les mots de passe de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>No password was given for the admin %1.</source>
        <translation>Aucun mot de passe n&apos;a été fourni pour l&apos;administrateur %1.</translation>
    </message>
    <message>
        <source>Cancelled. Run again to continue where this run stopped.</source>
        <translation>Annulé. Relancez pour continuer là où cette exécution s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Not run: it needs %1.</source>
        <translation>Non exécutée : nécessite %1.</translation>
    </message>
    <message>
        <source>Waits for %1.</source>
        <translation>Attend %1.</translation>
    </message>
    <message>
        <source>All %1 steps are done.</source>
        <translation>Les %1 étapes sont toutes terminées.</translation>
    </message>
    <message>
        <source>The steps asked for are done.</source>
        <translation>Les étapes demandées sont terminées.</translation>
    </message>
    <message>
        <source>Waiting for something outside: %1 Run the same command again later: it resumes where this run stopped.</source>
        <translation>En attente d&apos;un élément extérieur : %1 Relancez la même commande plus tard : elle reprendra là où cette exécution s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Also waiting: %1</source>
        <translation>Attend aussi : %1</translation>
    </message>
    <message>
        <source>“%1” cannot run: %2</source>
        <translation>L&apos;étape « %1 » ne peut pas s&apos;exécuter : %2</translation>
    </message>
    <message>
        <source>The plan cannot be run. %1</source>
        <translation>Le plan ne peut pas être exécuté. %1</translation>
    </message>
    <message>
        <source>The progress could not be saved (%1), so the run stopped before changing anything more in SCM. Free some space or fix the state directory&apos;s permissions, then run again: it resumes from the last saved progress.</source>
        <translation>L&apos;avancement n&apos;a pas pu être enregistré (%1) : l&apos;exécution s&apos;est donc arrêtée avant de modifier quoi que ce soit d&apos;autre dans SCM. Libérez de l&apos;espace ou corrigez les droits d&apos;accès du répertoire d&apos;état, puis relancez : l&apos;exécution reprend au dernier avancement enregistré.</translation>
    </message>
    <message>
        <source>The secret store cannot keep the operator&apos;s passwords (%1), so nothing was changed in SCM. Make the keychain available (unlock it, or start a desktop session), then run again.</source>
        <translation>Le stockage des secrets ne peut pas conserver les mots de passe de l&apos;opérateur (%1) : rien n&apos;a donc été modifié dans SCM. Rendez le trousseau disponible (déverrouillez-le ou ouvrez une session de bureau), puis relancez.</translation>
    </message>
</context>
<context>
    <name>ScmError</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>a JSON array was expected</source>
        <translation>un tableau JSON était attendu</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>un objet JSON était attendu</translation>
    </message>
    <message>
        <source>the list does not end</source>
        <translation>la liste ne se termine pas</translation>
    </message>
    <message>
        <source>DCV by TXT record has no start step in SCM: submit it directly.</source>
        <translation>La DCV par enregistrement TXT n&apos;a pas d&apos;étape de démarrage dans SCM : soumettez-la directement.</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>aucune description</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted (%2). If the server or a TLS-inspecting proxy uses its own certificate authority, add that CA certificate file.</source>
        <translation>Le certificat TLS de %1 n&apos;est pas approuvé (%2). Si le serveur ou un proxy qui inspecte le TLS utilise sa propre autorité de certification, ajoutez le fichier de son certificat CA.</translation>
    </message>
    <message>
        <source>Cannot find the SCM server %1: check the address and your DNS or proxy settings.</source>
        <translation>Le serveur SCM %1 est introuvable : vérifiez l&apos;adresse et vos paramètres DNS ou proxy.</translation>
    </message>
    <message>
        <source>The SCM server %1 refused the connection: check the address and port, and that no firewall blocks it.</source>
        <translation>Le serveur SCM %1 a refusé la connexion : vérifiez l&apos;adresse et le port, et qu&apos;aucun pare-feu ne la bloque.</translation>
    </message>
    <message>
        <source>The SCM server %1 closed the connection before answering: try again later.</source>
        <translation>Le serveur SCM %1 a fermé la connexion avant de répondre : réessayez plus tard.</translation>
    </message>
    <message>
        <source>The proxy failed the connection to %1 (%2): check the system proxy settings.</source>
        <translation>Le proxy n&apos;a pas pu établir la connexion vers %1 (%2) : vérifiez les paramètres proxy du système.</translation>
    </message>
    <message>
        <source>Cannot reach the SCM server %1 (%2): check the network connection and try again.</source>
        <translation>Le serveur SCM %1 est injoignable (%2) : vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>SCM at %1 refused the login &quot;%2&quot; for customer URI &quot;%3&quot; (code %4). Check: the password; the customer URI and the SCM instance; that the admin is not IdP-only; that the password has not expired; that this address is not blocked; for a new admin, that its temporary password was changed in the web interface.</source>
        <translation>SCM à %1 a refusé la connexion « %2 » pour la Customer URI « %3 » (code %4). Vérifiez : le mot de passe ; la Customer URI et l&apos;instance SCM ; que l&apos;administrateur n&apos;est pas limité à l&apos;IdP ; que le mot de passe n&apos;a pas expiré ; que cette adresse n&apos;est pas bloquée ; pour un nouvel administrateur, que son mot de passe temporaire a été changé dans l&apos;interface web.</translation>
    </message>
    <message>
        <source>The admin &quot;%1&quot; may not do %2: it lacks a role or privilege (SCM: %3).</source>
        <translation>L&apos;administrateur « %1 » n&apos;a pas le droit d&apos;exécuter %2 : il lui manque un rôle ou un privilège (SCM : %3).</translation>
    </message>
    <message>
        <source>SCM does not know what %1 asks for (SCM: %2).</source>
        <translation>SCM ne connaît pas ce que demande %1 (SCM : %2).</translation>
    </message>
    <message>
        <source>The object exists already in SCM (SCM: %1): look it up and use it.</source>
        <translation>L&apos;objet existe déjà dans SCM (SCM : %1) : recherchez-le et utilisez-le.</translation>
    </message>
    <message>
        <source>The new password does not meet SCM&apos;s password policy (SCM: %1).</source>
        <translation>Le nouveau mot de passe ne respecte pas la politique de mots de passe de SCM (SCM : %1).</translation>
    </message>
    <message>
        <source>SCM is busy or asks for fewer requests (%1): try again later.</source>
        <translation>SCM est occupé ou demande moins de requêtes (%1) : réessayez plus tard.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>SCM failed with a server error (HTTP %1) on %2 (SCM: %3): try again later.</source>
        <translation>SCM a échoué sur %2 avec une erreur serveur (HTTP %1) (SCM : %3) : réessayez plus tard.</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>statut HTTP inattendu %1</translation>
    </message>
    <message>
        <source>SCM rejected %1 as invalid (SCM: %2).</source>
        <translation>SCM a rejeté %1 comme non valide (SCM : %2).</translation>
    </message>
    <message>
        <source>SCM at %1 did not answer %2 %3 within %4 seconds: check the network and try again later.</source>
        <translation>SCM à %1 n&apos;a pas répondu à %2 %3 en %4 secondes : vérifiez le réseau et réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request to SCM was cancelled.</source>
        <translation>La requête à SCM a été annulée.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 %3 is not what SCM sends (%4): check that the base URL points at SCM.</source>
        <translation>La réponse de %1 à %2 %3 n&apos;est pas celle qu&apos;envoie SCM (%4) : vérifiez que l&apos;URL de base pointe vers SCM.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; has expired: set a new one (log in at %2/customer/%3/ or ask an MRAO admin) and try again.</source>
        <translation>Le mot de passe de « %1 » a expiré : définissez-en un nouveau (connexion à %2/customer/%3/ ou par un administrateur MRAO) et réessayez.</translation>
    </message>
    <message>
        <source>no object id in the Location header &quot;%1&quot;</source>
        <translation>aucun ID d&apos;objet dans l&apos;en-tête Location « %1 »</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing or empty</source>
        <translation>le champ « %1 » est manquant ou vide</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>la réponse dépasse %1 Mio</translation>
    </message>
    <message>
        <source>the Location header &quot;%1&quot; points at another host</source>
        <translation>l&apos;en-tête Location « %1 » pointe vers un autre hôte</translation>
    </message>
    <message>
        <source>SCM at %1 had not answered %2 %3 when the run&apos;s deadline passed: check the network and try again later.</source>
        <translation>SCM à %1 n&apos;avait pas répondu à %2 %3 à l&apos;expiration du délai de l&apos;exécution : vérifiez le réseau et réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>ScmSimulator</name>
    <message>
        <source>Cannot read the simulator state %1: %2. Remove the file or name another one with --state.</source>
        <translation>Impossible de lire l&apos;état du simulateur %1 : %2. Supprimez le fichier ou indiquez-en un autre avec --state.</translation>
    </message>
    <message>
        <source>Cannot open the request log %1: %2</source>
        <translation>Impossible d&apos;ouvrir le journal des requêtes %1 : %2</translation>
    </message>
    <message>
        <source>Cannot make the simulator&apos;s TLS certificate: %1</source>
        <translation>Impossible de créer le certificat TLS du simulateur : %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: the port is in use or not allowed. Choose another with --port (0 picks a free one).</source>
        <translation>Impossible d&apos;écouter sur %1 port %2 : le port est occupé ou non autorisé. Choisissez-en un autre avec --port (0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Cannot replay %1: %2</source>
        <translation>Impossible de rejouer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the simulator state %1: %2. Name a file in a directory that exists and can be written with --state.</source>
        <translation>Impossible d&apos;écrire l&apos;état du simulateur %1 : %2. Indiquez avec --state un fichier situé dans un répertoire existant et accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>ScriptedPerson</name>
    <message>
        <source>The walk did not reach the end within %1 s; it waits on the page “%2”%3</source>
        <translation>Le parcours n&apos;a pas atteint la fin en %1 s ; il attend sur la page « %2 »%3</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The walk stopped on the page “%1”, which says: %2</source>
        <translation>Le parcours s&apos;est arrêté sur la page « %1 », qui indique : %2</translation>
    </message>
    <message>
        <source>The walk reached the end with every step done.</source>
        <translation>Le parcours a atteint la fin avec toutes les étapes terminées.</translation>
    </message>
    <message>
        <source>The page “%1” does not go on after %2 presses of Next.</source>
        <translation>La page « %1 » ne passe pas à la suite après %2 clics sur Suivant.</translation>
    </message>
</context>
<context>
    <name>SecretSources</name>
    <message>
        <source>The keychain: %1</source>
        <translation>Le trousseau : %1</translation>
    </message>
    <message>
        <source>Enter %1: </source>
        <translation>Saisissez %1 : </translation>
    </message>
    <message>
        <source>the password of the SCM admin %1 (customer %2 at %3)</source>
        <translation>le mot de passe de l&apos;administrateur SCM %1 (client %2 sur %3)</translation>
    </message>
    <message>
        <source>the API token of the gateway %1</source>
        <translation>le jeton API de la passerelle %1</translation>
    </message>
    <message>
        <source>the API secret of the gateway %1</source>
        <translation>le secret API de la passerelle %1</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2.</source>
        <translation>Impossible de lire le fichier secret %1 : %2.</translation>
    </message>
    <message>
        <source>The first line of the secret file %1 is empty; put the secret on it.</source>
        <translation>La première ligne du fichier secret %1 est vide ; mettez-y le secret.</translation>
    </message>
    <message>
        <source>give a file holding it with %1 FILE (its first line)</source>
        <translation>indiquez un fichier qui le contient avec %1 FICHIER (sa première ligne)</translation>
    </message>
    <message>
        <source>set the environment variable %1</source>
        <translation>définissez la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>store it in the keychain</source>
        <translation>enregistrez-le dans le trousseau</translation>
    </message>
    <message>
        <source>run on a terminal to be asked for it</source>
        <translation>exécutez dans un terminal pour qu&apos;il vous soit demandé</translation>
    </message>
    <message>
        <source>mpki-setup needs %1 and found it nowhere.</source>
        <translation>mpki-setup a besoin de %1 et ne l&apos;a trouvé nulle part.</translation>
    </message>
    <message>
        <source>mpki-setup needs %1 and found it nowhere: %2.</source>
        <translation>mpki-setup a besoin de %1 et ne l&apos;a trouvé nulle part : %2.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, ou </translation>
    </message>
</context>
<context>
    <name>SeppmailClient</name>
    <message>
        <source>The gateway API URL &quot;%1&quot; is not an http(s) URL such as https://gateway:8445/v1.</source>
        <translation>L&apos;URL de l&apos;API de la passerelle « %1 » n&apos;est pas une URL http(s) telle que https://gateway:8445/v1.</translation>
    </message>
    <message>
        <source>The gateway at %1 did not answer in time; check that its REST API is enabled (System → Advanced view → REST-API) and reachable.</source>
        <translation>La passerelle sur %1 n&apos;a pas répondu à temps ; vérifiez que son API REST est activée (System → Advanced view → REST-API) et accessible.</translation>
    </message>
    <message>
        <source>The gateway&apos;s TLS certificate at %1 is not trusted (%2); add the appliance&apos;s CA certificate instead of ignoring the error.</source>
        <translation>Le certificat TLS de la passerelle sur %1 n&apos;est pas approuvé (%2) ; ajoutez le certificat CA de l&apos;appliance au lieu d&apos;ignorer l&apos;erreur.</translation>
    </message>
    <message>
        <source>Cannot reach the gateway&apos;s REST API at %1: %2.</source>
        <translation>Impossible d&apos;atteindre l&apos;API REST de la passerelle sur %1 : %2.</translation>
    </message>
    <message>
        <source>The gateway refused the API token or secret (HTTP %1%2); check the REST-API key and secret under System → Advanced view → REST-API.</source>
        <translation>La passerelle a refusé le jeton ou le secret API (HTTP %1%2) ; vérifiez la clé et le secret REST-API sous System → Advanced view → REST-API.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer to %1 %2 is not JSON.</source>
        <translation>La réponse de la passerelle à %1 %2 n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>The gateway answered %1 %2 with an error: %3 (code %4).</source>
        <translation>La passerelle a répondu à %1 %2 par une erreur : %3 (code %4).</translation>
    </message>
    <message>
        <source>The gateway answered %1 %2 with HTTP %3; is %4 the REST API (port 8445, path /v1)?</source>
        <translation>La passerelle a répondu à %1 %2 par HTTP %3 ; %4 est-il bien l&apos;API REST (port 8445, chemin /v1) ?</translation>
    </message>
    <message>
        <source>The gateway&apos;s list of managed domains is not keyed by customer.</source>
        <translation>La liste des domaines gérés de la passerelle n&apos;est pas indexée par client.</translation>
    </message>
    <message>
        <source>Creating the managed domain &quot;%1&quot; needs its routing data: a forwarding host and port (the mail server the gateway delivers to).</source>
        <translation>La création du domaine géré « %1 » nécessite ses données de routage : un hôte et un port de transfert (le serveur de messagerie auquel la passerelle distribue le courrier).</translation>
    </message>
</context>
<context>
    <name>SeppmailManagedDomainsTarget</name>
    <message>
        <source>Enter the MPKI → Sectigo values on the gateway&apos;s admin page (the values sheet lists them).</source>
        <translation>Saisissez les valeurs MPKI → Sectigo sur la page d&apos;administration de la passerelle (la fiche des valeurs les liste).</translation>
    </message>
    <message>
        <source>Tick %1 under &quot;MPKI managed domains&quot; on the gateway&apos;s MPKI page.</source>
        <translation>Cochez %1 sous « MPKI managed domains » sur la page MPKI de la passerelle.</translation>
    </message>
    <message>
        <source>Switch on automatic renewal with an overlap of %1 days under &quot;Settings&quot;.</source>
        <translation>Activez le renouvellement automatique avec un chevauchement de %1 jours sous « Settings ».</translation>
    </message>
    <message>
        <source>Managed domains on the gateway (customer %1): %2 present, %3 created.</source>
        <translation>Domaines gérés sur la passerelle (client %1) — présents : %2 ; créés : %3.</translation>
    </message>
    <message>
        <source>Creating the managed domain %1 on the gateway failed: %2</source>
        <translation>La création du domaine géré %1 sur la passerelle a échoué : %2</translation>
    </message>
    <message>
        <source>Created the managed domain %1 (customer %2, forwarding to %3:%4).</source>
        <translation>Domaine géré %1 créé (client %2, transfert vers %3:%4).</translation>
    </message>
    <message>
        <source>SEPPmail REST API at %1 (customer %2)</source>
        <translation>API REST SEPPmail sur %1 (client %2)</translation>
    </message>
    <message>
        <source>Checking the managed domains of customer %1 on %2.</source>
        <translation>Vérification des domaines gérés du client %1 sur %2.</translation>
    </message>
    <message>
        <source>Could not check the managed domains on the gateway: %1</source>
        <translation>Impossible de vérifier les domaines gérés sur la passerelle : %1</translation>
    </message>
    <message>
        <source>Checked: %1 is a managed domain of customer %2 on the gateway.</source>
        <translation>Vérifié : %1 est un domaine géré du client %2 sur la passerelle.</translation>
    </message>
    <message>
        <source>Managed domains checked on the gateway (customer %1): %2 present.</source>
        <translation>Domaines gérés vérifiés sur la passerelle (client %1) — présents : %2.</translation>
    </message>
    <message>
        <source>Managed domains checked on the gateway (customer %1): %2 missing%3.</source>
        <translation>Domaines gérés vérifiés sur la passerelle (client %1) — manquants : %2%3.</translation>
    </message>
    <message>
        <source>, %1 present</source>
        <translation> ; présents : %1</translation>
    </message>
    <message>
        <source>Create the managed domains %1 on the gateway (Mail system → Managed domains): creating them needs a forwarding host in the plan (gateway.api.forwardingHost).</source>
        <translation>Créez les domaines gérés %1 sur la passerelle (Mail system → Managed domains) : leur création nécessite un hôte de transfert dans le plan (gateway.api.forwardingHost).</translation>
    </message>
    <message>
        <source>Create the managed domains %1 on the gateway (Mail system → Managed domains), or let mpki-setup create them with gateway.api.createMissingManagedDomains and a forwarding host.</source>
        <translation>Créez les domaines gérés %1 sur la passerelle (Mail system → Managed domains), ou laissez mpki-setup les créer avec gateway.api.createMissingManagedDomains et un hôte de transfert.</translation>
    </message>
    <message>
        <source>Create the managed domain %1 for customer %2, forwarding mail to %3:%4%5.</source>
        <translation>Créer le domaine géré %1 pour le client %2, avec transfert du courrier vers %3:%4%5.</translation>
    </message>
    <message>
        <source>, and apply the mail configuration</source>
        <translation>, et appliquer la configuration de messagerie</translation>
    </message>
    <message>
        <source>Changing the gateway&apos;s mail routing: %1</source>
        <translation>Modification du routage de messagerie de la passerelle : %1</translation>
    </message>
    <message>
        <source>Managed domains %1 are missing on the gateway; creating them was declined.</source>
        <translation>Les domaines gérés %1 manquent sur la passerelle ; leur création a été refusée.</translation>
    </message>
    <message>
        <source>Create the managed domains %1 on the gateway.</source>
        <translation>Créer les domaines gérés %1 sur la passerelle.</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Runs the Sectigo Certificate Manager simulator on 127.0.0.1 until interrupted (Ctrl+C).
Every behaviour the real SCM leaves undocumented is an option below; the simulator&apos;s README says what each default assumes.</source>
        <translation>Exécute le simulateur de Sectigo Certificate Manager sur 127.0.0.1 jusqu&apos;à interruption (Ctrl+C).
Chaque comportement que le vrai SCM ne documente pas est une option ci-dessous ; le README du simulateur indique ce que suppose chaque valeur par défaut.</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one (default).</source>
        <translation>Port TCP sur 127.0.0.1 ; 0 en choisit un libre (par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>HTTPS with a certificate from a CA generated at start.</source>
        <translation>HTTPS avec un certificat d&apos;une CA générée au démarrage.</translation>
    </message>
    <message>
        <source>First line of output: one JSON object with baseUrl, customerUri, login, password (and caCertificate with --tls).</source>
        <translation>Première ligne de sortie : un objet JSON avec baseUrl, customerUri, login, password (et caCertificate avec --tls).</translation>
    </message>
    <message>
        <source>ui-only (default): the API refuses a new admin&apos;s temporary password until it is changed at /customer/&lt;uri&gt;/; api-change: POST admin/v1/changepassword accepts it.</source>
        <translation>ui-only (par défaut) : l&apos;API refuse le mot de passe temporaire d&apos;un nouvel administrateur tant qu&apos;il n&apos;a pas été changé sur /customer/&lt;uri&gt;/ ; api-change : POST admin/v1/changepassword l&apos;accepte.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>current (default): API-only is type API; legacy: API-only is the privilege wsApiUseOnly.</source>
        <translation>current (par défaut) : « limité à l&apos;API » correspond au type API ; legacy : « limité à l&apos;API » correspond au privilège wsApiUseOnly.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Seconds from submit until an organisation validation is decided (default 20).</source>
        <translation>Secondes entre la soumission et la décision d&apos;une validation d&apos;organisation (par défaut 20).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>VALIDATED (default) or FAILED.</source>
        <translation>VALIDATED (par défaut) ou FAILED.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>Seconds from DCV submit until the domain is VALIDATED (default 5).</source>
        <translation>Secondes entre la soumission DCV et l&apos;état VALIDATED du domaine (par défaut 5).</translation>
    </message>
    <message>
        <source>Delay every answer by N ms (other requests are served meanwhile).</source>
        <translation>Retarder chaque réponse de N ms (les autres requêtes sont servies entre-temps).</translation>
    </message>
    <message>
        <source>Share of API requests (0..1) that fail: 503, 429 with Retry-After, reset connection, truncated JSON, or a change made and its answer lost.</source>
        <translation>Part des requêtes API (0..1) qui échouent : 503, 429 avec Retry-After, connexion réinitialisée, JSON tronqué, ou modification effectuée et réponse perdue.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Seed of the fault choice (default 1).</source>
        <translation>Graine du choix des pannes (par défaut 1).</translation>
    </message>
    <message>
        <source>Append every request to FILE as one JSON line.</source>
        <translation>Ajouter chaque requête à FICHIER sous forme d&apos;une ligne JSON.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Keep the simulated account in FILE (JSON, 0600), loaded at start and saved after each change.</source>
        <translation>Conserver le compte simulé dans FICHIER (JSON, 0600), chargé au démarrage et enregistré après chaque modification.</translation>
    </message>
    <message>
        <source>Customer URI of a new account (default demo).</source>
        <translation>Customer URI d&apos;un nouveau compte (par défaut demo).</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Login of a new account&apos;s MRAO admin (default mrao-admin).</source>
        <translation>Identifiant de l&apos;administrateur MRAO d&apos;un nouveau compte (par défaut mrao-admin).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Also run the SEPPmail gateway simulator (REST API below /v1) on this port; 0 picks a free one. It uses HTTPS with --tls; its token and secret are generated at start.</source>
        <translation>Exécuter aussi le simulateur de passerelle SEPPmail (API REST sous /v1) sur ce port ; 0 en choisit un libre. Il utilise HTTPS avec --tls ; son jeton et son secret sont générés au démarrage.</translation>
    </message>
    <message>
        <source>Comma-separated managed domains the gateway simulator&apos;s customer [default] starts with.</source>
        <translation>Domaines gérés, séparés par des virgules, avec lesquels démarre le client [default] du simulateur de passerelle.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port attend un nombre de 0 à 65535, pas « %1 »</translation>
    </message>
    <message>
        <source>--temp-password is ui-only or api-change, not &apos;%1&apos;</source>
        <translation>--temp-password vaut ui-only ou api-change, pas « %1 »</translation>
    </message>
    <message>
        <source>--dialect is current or legacy, not &apos;%1&apos;</source>
        <translation>--dialect vaut current ou legacy, pas « %1 »</translation>
    </message>
    <message>
        <source>--validation-delay needs whole seconds (0 or more), not &apos;%1&apos;</source>
        <translation>--validation-delay attend des secondes entières (0 ou plus), pas « %1 »</translation>
    </message>
    <message>
        <source>--validation-outcome is VALIDATED or FAILED, not &apos;%1&apos;</source>
        <translation>--validation-outcome vaut VALIDATED ou FAILED, pas « %1 »</translation>
    </message>
    <message>
        <source>--dcv-delay needs whole seconds (0 or more), not &apos;%1&apos;</source>
        <translation>--dcv-delay attend des secondes entières (0 ou plus), pas « %1 »</translation>
    </message>
    <message>
        <source>--latency-ms needs milliseconds (0 or more), not &apos;%1&apos;</source>
        <translation>--latency-ms attend des millisecondes (0 ou plus), pas « %1 »</translation>
    </message>
    <message>
        <source>--fault-rate needs a share from 0 to 1, not &apos;%1&apos;</source>
        <translation>--fault-rate attend une proportion de 0 à 1, pas « %1 »</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &apos;%1&apos;</source>
        <translation>--seed attend un nombre entier, pas « %1 »</translation>
    </message>
    <message>
        <source>--customer-uri needs a name without &apos;/&apos;, not &apos;%1&apos;</source>
        <translation>--customer-uri attend un nom sans « / », pas « %1 »</translation>
    </message>
    <message>
        <source>--gateway-port needs a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--gateway-port attend un nombre de 0 à 65535, pas « %1 »</translation>
    </message>
    <message>
        <source>--login needs at least 3 characters</source>
        <translation>--login nécessite au moins 3 caractères</translation>
    </message>
    <message>
        <source>SCM simulator running (Ctrl+C stops it)
  API base URL:  %1/api/
  Web page:      %1/customer/%2/
  Customer URI:  %2
  MRAO login:    %3
  MRAO password: %4
</source>
        <translation>Simulateur SCM en cours d&apos;exécution (Ctrl+C l&apos;arrête)
  URL de base de l&apos;API :  %1/api/
  Page web :              %1/customer/%2/
  Customer URI :          %2
  Identifiant MRAO :      %3
  Mot de passe MRAO :     %4
</translation>
    </message>
    <message>
        <source>SEPPmail gateway simulator running
  REST API URL:  %1
  API token:     %2
  API secret:    %3
</source>
        <translation>Simulateur de passerelle SEPPmail en cours d&apos;exécution
  URL de l&apos;API REST :  %1
  Jeton API :          %2
  Secret API :         %3
</translation>
    </message>
    <message>
        <source>  CA certificate (trust it for HTTPS):</source>
        <translation>  Certificat CA (à approuver pour HTTPS) :</translation>
    </message>
    <message>
        <source>The gateway customer whose managed domains --gateway-domains gives (default [default]).</source>
        <translation>Le client de la passerelle dont --gateway-domains donne les domaines gérés (par défaut [default]).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>--gateway-customer needs a name</source>
        <translation>--gateway-customer nécessite un nom</translation>
    </message>
    <message>
        <source>--gateway-domains and --gateway-customer need --gateway-port</source>
        <translation>--gateway-domains et --gateway-customer nécessitent --gateway-port</translation>
    </message>
    <message>
        <source>How the API refuses a temporary password: 401 (default, code -16), 403 (code -37) or 400 (a description saying the password must be changed).</source>
        <translation>Manière dont l&apos;API refuse un mot de passe temporaire : 401 (par défaut, code -16), 403 (code -37) ou 400 (une description indiquant que le mot de passe doit être changé).</translation>
    </message>
    <message>
        <source>Lock an admin after N consecutive refused logins (default 0: never); an MRAO unlocks it by setting its password.</source>
        <translation>Verrouiller un administrateur après N connexions refusées consécutives (par défaut 0 : jamais) ; un MRAO le déverrouille en définissant son mot de passe.</translation>
    </message>
    <message>
        <source>What Sectigo decides about a submitted DCV order: VALIDATED (default) or REJECTED (a new start then issues a new record).</source>
        <translation>Ce que Sectigo décide pour une demande DCV soumise : VALIDATED (par défaut) ou REJECTED (un nouveau démarrage émet alors un nouvel enregistrement).</translation>
    </message>
    <message>
        <source>Answer shape of Sectigo&apos;s documents: 25.5 (default; validations carry validationLevel) or 25.9 (validations carry only type and permittedCertTypes).</source>
        <translation>Forme des réponses des documents de Sectigo : 25.5 (par défaut ; les validations comportent validationLevel) ou 25.9 (les validations ne comportent que type et permittedCertTypes).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Answer the SCM API&apos;s reads as recorded in FILE, a file written by `mpki-setup probe`, with newly generated credentials; nothing changes.</source>
        <translation>Répondre aux lectures de l&apos;API SCM telles qu&apos;enregistrées dans FICHIER, un fichier écrit par `mpki-setup probe`, avec des identifiants nouvellement générés ; rien ne change.</translation>
    </message>
    <message>
        <source>--temp-password-refusal is 401, 403 or 400, not &apos;%1&apos;</source>
        <translation>--temp-password-refusal vaut 401, 403 ou 400, pas « %1 »</translation>
    </message>
    <message>
        <source>--lockout-after needs a whole number (0 or more), not &apos;%1&apos;</source>
        <translation>--lockout-after attend un nombre entier (0 ou plus), pas « %1 »</translation>
    </message>
    <message>
        <source>--dcv-outcome is VALIDATED or REJECTED, not &apos;%1&apos;</source>
        <translation>--dcv-outcome vaut VALIDATED ou REJECTED, pas « %1 »</translation>
    </message>
    <message>
        <source>--schema-version is 25.5 or 25.9, not &apos;%1&apos;</source>
        <translation>--schema-version vaut 25.5 ou 25.9, pas « %1 »</translation>
    </message>
    <message>
        <source>--replay answers from its file: it takes no --state</source>
        <translation>--replay répond à partir de son fichier : il n&apos;accepte pas --state</translation>
    </message>
    <message>
        <source>How GET admin/v1/{id} answers reseted: date (default, Sectigo&apos;s schema: the reset date while the password is temporary), kept (that date stays after the change), boolean (true while temporary) or absent (never).</source>
        <translation>Comment GET admin/v1/{id} renvoie reseted : date (par défaut, le schéma de Sectigo : la date de la réinitialisation tant que le mot de passe est temporaire), kept (cette date reste après le changement), boolean (true tant qu’il est temporaire) ou absent (jamais).</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>FORME</translation>
    </message>
    <message>
        <source>--reseted-shape is date, kept, boolean or absent, not &apos;%1&apos;</source>
        <translation>--reseted-shape vaut date, kept, boolean ou absent, pas « %1 »</translation>
    </message>
    <message>
        <source>Every password set for an admin other than the simulator&apos;s own MRAO admin expires N days after it is set (0 to 3650) instead of after 90 days.</source>
        <translation>Tout mot de passe défini pour un administrateur autre que l&apos;administrateur MRAO propre au simulateur expire N jours après avoir été défini (0 à 3650) au lieu de 90 jours.</translation>
    </message>
    <message>
        <source>Comma-separated faults --fault-rate draws: 503, 429, reset, truncated (the default four), malformed, no-location, slow-drip, 5xx-burst.</source>
        <translation>Pannes, séparées par des virgules, parmi lesquelles --fault-rate tire : 503, 429, reset, truncated (les quatre par défaut), malformed, no-location, slow-drip, 5xx-burst.</translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation>TYPES</translation>
    </message>
    <message>
        <source>--operator-password-expires-in-days needs whole days from 0 to 3650, not &apos;%1&apos;</source>
        <translation>--operator-password-expires-in-days attend des jours entiers de 0 à 3650, pas « %1 »</translation>
    </message>
    <message>
        <source>--fault-kinds: %1</source>
        <translation>--fault-kinds : %1</translation>
    </message>
    <message>
        <source>--state needs a file name</source>
        <translation>--state nécessite un nom de fichier</translation>
    </message>
    <message>
        <source>--state %1 is a directory; it takes a file, e.g. %2</source>
        <translation>--state %1 est un répertoire ; il attend un fichier, p. ex. %2</translation>
    </message>
    <message>
        <source>--state %1: the directory %2 does not exist; create it first</source>
        <translation>--state %1 : le répertoire %2 n&apos;existe pas ; créez-le d&apos;abord</translation>
    </message>
    <message>
        <source>--gateway-domains &apos;%1&apos; has an empty domain name; give names separated by commas, e.g. example.ch,example.org</source>
        <translation>--gateway-domains « %1 » contient un nom de domaine vide ; indiquez des noms séparés par des virgules, p. ex. example.ch,example.org</translation>
    </message>
</context>
<context>
    <name>SimulatedPerson</name>
    <message>
        <source>The web page %1 shows no login form: %2</source>
        <translation>La page web %1 n&apos;affiche aucun formulaire de connexion : %2</translation>
    </message>
    <message>
        <source>Logging in as %1 failed: %2</source>
        <translation>La connexion en tant que %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Setting the new password of %1 failed: %2</source>
        <translation>La définition du nouveau mot de passe de %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>SimulatorProcess</name>
    <message>
        <source>The simulators could not be started (%1): %2</source>
        <translation>Les simulateurs n&apos;ont pas pu être démarrés (%1) : %2</translation>
    </message>
    <message>
        <source>The simulators did not say where they listen within %1 s.</source>
        <translation>Les simulateurs n&apos;ont pas indiqué où ils écoutent dans les %1 s.</translation>
    </message>
    <message>
        <source>The simulators ended at their start (exit code %1).</source>
        <translation>Les simulateurs se sont arrêtés au démarrage (code de sortie %1).</translation>
    </message>
    <message>
        <source>The simulators&apos; first line is not the expected JSON object: %1</source>
        <translation>La première ligne des simulateurs n&apos;est pas l&apos;objet JSON attendu : %1</translation>
    </message>
    <message>
        <source>The simulators&apos; process crashed.</source>
        <translation>Le processus des simulateurs s&apos;est planté.</translation>
    </message>
    <message>
        <source>The simulators&apos; process ended (exit code %1).</source>
        <translation>Le processus des simulateurs s&apos;est arrêté (code de sortie %1).</translation>
    </message>
    <message>
        <source>The simulators&apos; first line is JSON, but not the expected object {...}.</source>
        <translation>La première ligne des simulateurs est du JSON, mais pas l&apos;objet {...} attendu.</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>This is not an mpki-setup state file.</source>
        <translation>Ce n&apos;est pas un fichier d&apos;état de mpki-setup.</translation>
    </message>
    <message>
        <source>The state was written by a version of mpki-setup this one does not read (format %1; this one reads %2).</source>
        <translation>L&apos;état a été écrit par une version de mpki-setup que celle-ci ne sait pas lire (format %1 ; celle-ci lit %2).</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>The state directory %1 is a file; give a directory.</source>
        <translation>Le répertoire d&apos;état %1 est un fichier ; indiquez un répertoire.</translation>
    </message>
    <message>
        <source>Cannot create the state directory %1; check that its parent exists and is writable.</source>
        <translation>Impossible de créer le répertoire d&apos;état %1 ; vérifiez que son parent existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>Another mpki-setup is using %1 (pid %2%3). Wait for it to finish, or stop it, then try again.</source>
        <translation>Un autre mpki-setup utilise %1 (pid %2%3). Attendez qu&apos;il se termine, ou arrêtez-le, puis réessayez.</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>Another mpki-setup is using %1. Wait for it to finish, or stop it, then try again.</source>
        <translation>Un autre mpki-setup utilise %1. Attendez qu&apos;il se termine, ou arrêtez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot lock the state directory %1 (%2); check its permissions.</source>
        <translation>Impossible de verrouiller le répertoire d&apos;état %1 (%2) ; vérifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>The state directory %1 is not open.</source>
        <translation>Le répertoire d&apos;état %1 n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Cannot read the state %1: %2.</source>
        <translation>Impossible de lire l&apos;état %1 : %2.</translation>
    </message>
    <message>
        <source>There is no mpki-setup state in %1 (no %2). Give the directory a run used with --state.</source>
        <translation>Il n&apos;y a pas d&apos;état mpki-setup dans %1 (pas de %2). Indiquez le répertoire qu&apos;une exécution a utilisé avec --state.</translation>
    </message>
    <message>
        <source>The state %1 is damaged (%2 at offset %3).</source>
        <translation>L&apos;état %1 est endommagé (%2 à la position %3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot lock the state directory %1 (%2): %3.</source>
        <translation>Impossible de verrouiller le répertoire d&apos;état %1 (%2) : %3.</translation>
    </message>
    <message>
        <source>%1. The previous state is unchanged.</source>
        <translation>%1. L&apos;état précédent est inchangé.</translation>
    </message>
    <message>
        <source>The state directory %1 belongs to someone else and others can write into it (mode %2): they could replace the state or the journal. Give a directory of your own (e.g. a new one; it is made private).</source>
        <translation>Le répertoire d&apos;état %1 appartient à quelqu&apos;un d&apos;autre et d&apos;autres peuvent y écrire (mode %2) : ils pourraient remplacer l&apos;état ou le journal. Indiquez un répertoire qui vous appartient (p. ex. un nouveau ; il est rendu privé).</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>the admin %1</source>
        <translation>l&apos;administrateur %1</translation>
    </message>
    <message>
        <source>the operator %1</source>
        <translation>l&apos;opérateur %1</translation>
    </message>
    <message>
        <source>Password of %1: does not expire.</source>
        <translation>Mot de passe de %1 : n&apos;expire pas.</translation>
    </message>
    <message>
        <source>Password of %1: expires on %2 (%3 days left).</source>
        <translation>Mot de passe de %1 : expire le %2 (encore %3 jours).</translation>
    </message>
    <message>
        <source>The password of %1 has expired (%2): change it in SCM before the next run.</source>
        <translation>Le mot de passe de %1 a expiré (%2) : changez-le dans SCM avant la prochaine exécution.</translation>
    </message>
    <message>
        <source>The password of %1 has expired (%2): the gateway cannot request certificates; set a new one in SCM and on the gateway.</source>
        <translation>Le mot de passe de %1 a expiré (%2) : la passerelle ne peut pas demander de certificats ; définissez-en un nouveau dans SCM et sur la passerelle.</translation>
    </message>
    <message>
        <source>The password of %1 expires in %2 days (%3): change it in SCM soon.</source>
        <translation>Le mot de passe de %1 expire dans %2 jours (%3) : changez-le bientôt dans SCM.</translation>
    </message>
    <message>
        <source>The password of %1 expires in %2 days (%3): change it in SCM and on the gateway before then, or the gateway stops getting certificates.</source>
        <translation>Le mot de passe de %1 expire dans %2 jours (%3) : changez-le dans SCM et sur la passerelle avant cette date, sinon la passerelle ne reçoit plus de certificats.</translation>
    </message>
    <message>
        <source>Shows where the procedure in a state directory stands: each step&apos;s status, time, message and SCM ids, and when the passwords of the admin and the operator expire.</source>
        <translation>Indique où en est la procédure dans un répertoire d&apos;état : l&apos;état, l&apos;heure, le message et les ID SCM de chaque étape, et quand les mots de passe de l&apos;administrateur et de l&apos;opérateur expirent.</translation>
    </message>
    <message>
        <source>The state directory of a run.</source>
        <translation>Le répertoire d&apos;état d&apos;une exécution.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉPERTOIRE</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Afficher un seul objet JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>mpki-setup status: %1
</source>
        <translation>mpki-setup status : %1
</translation>
    </message>
    <message>
        <source>mpki-setup status: give the state directory with --state DIR.
</source>
        <translation>mpki-setup status : indiquez le répertoire d&apos;état avec --state RÉPERTOIRE.
</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The secret store cannot be read: %1</source>
        <translation>Le stockage des secrets ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>The secret store cannot keep the operator&apos;s password, so nothing was sent: %1</source>
        <translation>Le stockage des secrets ne peut pas conserver le mot de passe de l&apos;opérateur, rien n&apos;a donc été envoyé : %1</translation>
    </message>
    <message>
        <source>Listing the organisations</source>
        <translation>Liste des organisations</translation>
    </message>
    <message>
        <source>The organisation &apos;%1&apos; (or its department) does not exist in SCM yet: run the organization step first.</source>
        <translation>L&apos;organisation « %1 » (ou son département) n&apos;existe pas encore dans SCM : exécutez d&apos;abord l&apos;étape de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Looking up the admin %1</source>
        <translation>Recherche de l&apos;administrateur %1</translation>
    </message>
    <message>
        <source>SCM does not show the admin &apos;%1&apos; to itself.</source>
        <translation>SCM ne montre pas l&apos;administrateur « %1 » à lui-même.</translation>
    </message>
    <message>
        <source>Reading the admin %1</source>
        <translation>Lecture de l&apos;administrateur %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source> (SCM: %1)</source>
        <translation> (SCM : %1)</translation>
    </message>
    <message>
        <source>Reading the operator %1</source>
        <translation>Lecture de l&apos;opérateur %1</translation>
    </message>
    <message>
        <source>Looking up the operator %1</source>
        <translation>Recherche de l&apos;opérateur %1</translation>
    </message>
    <message>
        <source>The operator %1 does not exist yet: run the operator step first.</source>
        <translation>L&apos;opérateur %1 n&apos;existe pas encore : exécutez d&apos;abord l&apos;étape de l&apos;opérateur.</translation>
    </message>
</context>
<context>
    <name>StepOverviewTable</name>
    <message>
        <source>Steps of the onboarding</source>
        <translation>Étapes de la mise en service</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>What exists</source>
        <translation>Ce qui existe</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>StepPresenter</name>
    <message>
        <source>Organisation id</source>
        <translation>ID de l&apos;organisation</translation>
    </message>
    <message>
        <source>Department id</source>
        <translation>ID du département</translation>
    </message>
    <message>
        <source>Validation id</source>
        <translation>ID de la validation</translation>
    </message>
    <message>
        <source>Operator admin id</source>
        <translation>ID de l&apos;administrateur opérateur</translation>
    </message>
    <message>
        <source>Admin id</source>
        <translation>ID de l&apos;administrateur</translation>
    </message>
    <message>
        <source>S/MIME profile id</source>
        <translation>ID du profil S/MIME</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Domain %1: id %2</source>
        <translation>Domaine %1 : ID %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>Log in with the admin user provided by Sectigo (an MRAO admin). The wizard checks the account and its rights before it changes anything.</source>
        <translation>Connectez-vous avec l&apos;administrateur fourni par Sectigo (un administrateur MRAO). L&apos;assistant vérifie le compte et ses droits avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <source>To begin with, the organisation must be set up. Fill in at least the mandatory fields (marked with *). The wizard creates the organisation in the Certificate Manager — or adopts it when it exists already — and activates the Web API (REST enrolment) for it.</source>
        <translation>Pour commencer, l&apos;organisation doit être configurée. Remplissez au moins les champs obligatoires (marqués d&apos;un *). L&apos;assistant crée l&apos;organisation dans le Certificate Manager — ou la reprend si elle existe déjà — et active pour elle la Web API (inscription REST).</translation>
    </message>
    <message>
        <source>In the next step, the newly created organisation needs to be validated. The wizard starts the external validation process (OV S/MIME). After successful validation the status “VALIDATED” appears. Sectigo&apos;s vetting can take hours or days: you may go on with the next steps, or close the wizard and come back later.</source>
        <translation>À l&apos;étape suivante, l&apos;organisation nouvellement créée doit être validée. L&apos;assistant lance le processus de validation externe (OV S/MIME). Une fois la validation réussie, l&apos;état « VALIDATED » apparaît. La vérification par Sectigo peut prendre des heures, voire des jours : vous pouvez passer aux étapes suivantes, ou fermer l&apos;assistant et revenir plus tard.</translation>
    </message>
    <message>
        <source>Create the domain for which e-mail certificates should be received later, and select the organisation created above. The wizard delegates each domain to the organisation for S/MIME and starts domain control validation (DCV) of the registered domain.</source>
        <translation>Créez le domaine pour lequel des certificats de messagerie doivent être obtenus ultérieurement, et sélectionnez l&apos;organisation créée ci-dessus. L&apos;assistant délègue chaque domaine à l&apos;organisation pour S/MIME et lance la validation du contrôle de domaine (DCV) du domaine enregistré.</translation>
    </message>
    <message>
        <source>Create the “Operator” user via which the SEPPmail MPKI interface accesses the Certificate Manager in the future, with the privilege for client certificates. Do NOT yet select the privilege “WS API use only”: the operator must log in once first.</source>
        <translation>Créez l&apos;utilisateur « Opérateur » par lequel l&apos;interface MPKI de SEPPmail accédera désormais au Certificate Manager, avec le privilège pour les certificats clients. Ne sélectionnez PAS encore le privilège « WS API use only » : l&apos;opérateur doit d&apos;abord se connecter une fois.</translation>
    </message>
    <message>
        <source>The new user needs to log in once to change their password. The wizard tries this over the API; when the Certificate Manager refuses, log in as the operator at the address below and set exactly the new password shown.</source>
        <translation>Le nouvel utilisateur doit se connecter une fois pour changer son mot de passe. L&apos;assistant tente de le faire par l&apos;API ; si le Certificate Manager refuse, connectez-vous en tant qu&apos;opérateur à l&apos;adresse ci-dessous et définissez exactement le nouveau mot de passe affiché.</translation>
    </message>
    <message>
        <source>Now the operator is given the necessary right “WS API use only”. Only now: an API-only account can no longer log in to the web interface.</source>
        <translation>L&apos;opérateur reçoit maintenant le droit nécessaire « WS API use only ». Seulement maintenant : un compte limité à l&apos;API ne peut plus se connecter à l&apos;interface web.</translation>
    </message>
    <message>
        <source>The wizard logs in as the operator, as the gateway will, and checks that the chosen S/MIME certificate type and term exist and that no mandatory custom field is unmet.</source>
        <translation>L&apos;assistant se connecte en tant qu&apos;opérateur, comme le fera la passerelle, et vérifie que le type et la durée de certificat S/MIME choisis existent et qu&apos;aucun champ personnalisé obligatoire ne reste sans valeur.</translation>
    </message>
    <message>
        <source>Next, the connection must be set up on the side of the SEPPmail Secure E-Mail Gateway: in the MPKI menu, section “Connector”, choose the MPKI type SECTIGO and enter the values below under “Default parameters”. Activate the automatic renewal of certificates with an overlap of at least 30 days.</source>
        <translation>Ensuite, la connexion doit être configurée du côté de la passerelle SEPPmail Secure E-Mail Gateway : dans le menu MPKI, section « Connector », choisissez le type MPKI SECTIGO et saisissez les valeurs ci-dessous sous « Default parameters ». Activez le renouvellement automatique des certificats avec un chevauchement d&apos;au moins 30 jours.</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>attend</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
</context>
<context>
    <name>StepStatusPanel</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Avancement de %1</translation>
    </message>
    <message>
        <source>Waiting for the steps it needs.</source>
        <translation>Attend les étapes dont elle dépend.</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>Pas encore commencé.</translation>
    </message>
    <message>
        <source>Last checked: %1 · next check: %2</source>
        <translation>Dernière vérification : %1 · prochaine : %2</translation>
    </message>
    <message>
        <source>when the wizard runs again</source>
        <translation>quand l&apos;assistant sera relancé</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Dernière modification : %1</translation>
    </message>
    <message>
        <source>Check no&amp;w</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <source>You can close the wizard now: it checks again when you open it.</source>
        <translation>Vous pouvez fermer l&apos;assistant maintenant : il vérifiera à nouveau lorsque vous le rouvrirez.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Check the account</source>
        <translation>Vérifier le compte</translation>
    </message>
    <message>
        <source>Create or adopt the organisation</source>
        <translation>Créer ou reprendre l&apos;organisation</translation>
    </message>
    <message>
        <source>Validate the organisation (OV S/MIME)</source>
        <translation>Valider l&apos;organisation (OV S/MIME)</translation>
    </message>
    <message>
        <source>Delegate and validate the e-mail domains</source>
        <translation>Déléguer et valider les domaines de messagerie</translation>
    </message>
    <message>
        <source>Create or adopt the gateway&apos;s operator</source>
        <translation>Créer ou reprendre l&apos;opérateur de la passerelle</translation>
    </message>
    <message>
        <source>Change the operator&apos;s temporary password</source>
        <translation>Changer le mot de passe temporaire de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Make the operator API-only</source>
        <translation>Limiter l&apos;opérateur à l&apos;API (« WS API use only »)</translation>
    </message>
    <message>
        <source>Verify the gateway&apos;s credentials</source>
        <translation>Vérifier les identifiants de la passerelle</translation>
    </message>
    <message>
        <source>Hand the values to the gateway</source>
        <translation>Transmettre les valeurs à la passerelle</translation>
    </message>
</context>
<context>
    <name>TcsGuard</name>
    <message>
        <source>The customer URI &apos;%1&apos; belongs to a GÉANT TCS account. S/MIME issuance for TCS through Sectigo ended on 2025-01-10; TCS certificates now come from HARICA, and SEPPmail&apos;s HARICA connector is the way to connect the gateway. Nothing was changed. If you really mean to set up this legacy Sectigo account, run again with --allow-legacy-tcs.</source>
        <translation>La Customer URI « %1 » appartient à un compte GÉANT TCS. L&apos;émission S/MIME pour TCS via Sectigo a pris fin le 10 janvier 2025 ; les certificats TCS proviennent désormais de HARICA, et c&apos;est le connecteur HARICA de SEPPmail qui permet de connecter la passerelle. Rien n&apos;a été modifié. Si vous voulez vraiment configurer cet ancien compte Sectigo, relancez avec --allow-legacy-tcs.</translation>
    </message>
</context>
<context>
    <name>TrustedCertificates</name>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Impossible de lire le fichier de certificat %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate file.</source>
        <translation>%1 est trop volumineux pour être un fichier de certificat.</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER). Choose the CA certificate your SCM&apos;s certificate was issued by.</source>
        <translation>%1 ne contient aucun certificat (PEM ou DER). Choisissez le certificat CA qui a émis le certificat de votre SCM.</translation>
    </message>
    <message>
        <source>A trusted CA certificate kept in %1 is damaged and was skipped; add the certificate file again.</source>
        <translation>Un certificat CA approuvé conservé dans %1 est endommagé et a été ignoré ; ajoutez à nouveau le fichier de certificat.</translation>
    </message>
    <message>
        <source>The trusted CA certificates could not be saved in %1; they are trusted only until the wizard is closed.</source>
        <translation>Les certificats CA approuvés n&apos;ont pas pu être enregistrés dans %1 ; ils ne sont approuvés que jusqu&apos;à la fermeture de l&apos;assistant.</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <source>&amp;Request validation</source>
        <translation>&amp;Demander la validation</translation>
    </message>
    <message>
        <source>Organisation validation (OV S/MIME: Sectigo checks that the organisation exists) by Sectigo.</source>
        <translation>Validation de l&apos;organisation par Sectigo (OV S/MIME : Sectigo vérifie que l&apos;organisation existe).</translation>
    </message>
    <message>
        <source>Look for a validation of the organisation; request OV S/MIME validation only when there is none (an expired one is renewed), for “%1” with the identifier %2.</source>
        <translation>Chercher une validation de l&apos;organisation ; ne demander la validation OV S/MIME que s&apos;il n&apos;y en a aucune (une validation expirée est renouvelée), pour « %1 » avec l&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>Wait for Sectigo&apos;s vetting: it can take days. The next steps go on meanwhile.</source>
        <translation>Attendre la vérification par Sectigo : elle peut prendre plusieurs jours. Les étapes suivantes continuent entre-temps.</translation>
    </message>
    <message>
        <source>You can close the wizard while it waits: the next start checks again.</source>
        <translation>Vous pouvez fermer l&apos;assistant pendant l&apos;attente : il vérifiera à nouveau au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ValidationStep</name>
    <message>
        <source>Reading the organisation&apos;s validations</source>
        <translation>Lecture des validations de l&apos;organisation</translation>
    </message>
    <message>
        <source>Syncing the validation with the CA</source>
        <translation>Synchronisation de la validation avec la CA</translation>
    </message>
    <message>
        <source>The organisation&apos;s %1 validation is VALIDATED (id %2).</source>
        <translation>La validation %1 de l&apos;organisation est VALIDATED (ID %2).</translation>
    </message>
    <message>
        <source>(the CA gave no reason)</source>
        <translation>(la CA n&apos;a donné aucune raison)</translation>
    </message>
    <message>
        <source>Sectigo refused the organisation&apos;s %1 validation: %2. Correct the organisation&apos;s details with Sectigo, then run again.</source>
        <translation>Sectigo a refusé la validation %1 de l&apos;organisation : %2. Corrigez les données de l&apos;organisation auprès de Sectigo, puis relancez.</translation>
    </message>
    <message>
        <source>The organisation&apos;s validation has expired: asking Sectigo to validate it again</source>
        <translation>La validation de l&apos;organisation a expiré : nouvelle demande de validation à Sectigo</translation>
    </message>
    <message>
        <source>Re-validating the organisation</source>
        <translation>Nouvelle validation de l&apos;organisation</translation>
    </message>
    <message>
        <source>Sectigo is vetting the organisation (%1 validation %2, status %3). This is human vetting and can take hours to days; the other steps go on meanwhile. Run again later to continue.</source>
        <translation>Sectigo vérifie l&apos;organisation (validation %1 %2, état %3). Il s&apos;agit d&apos;une vérification humaine qui peut prendre de quelques heures à quelques jours ; les autres étapes continuent entre-temps. Relancez plus tard pour continuer.</translation>
    </message>
    <message>
        <source>Submitting the validation needs the CA backend&apos;s id, which only an MRAO admin can read. Run this step as an MRAO admin, or submit the organisation&apos;s validation in SCM&apos;s web page.</source>
        <translation>La soumission de la validation nécessite l&apos;ID du backend CA, que seul un administrateur MRAO peut lire. Exécutez cette étape avec un administrateur MRAO, ou soumettez la validation de l&apos;organisation sur la page web de SCM.</translation>
    </message>
    <message>
        <source>Reading the CA backends</source>
        <translation>Lecture des backends CA</translation>
    </message>
    <message>
        <source>SCM lists no CA backend to validate the organisation with.</source>
        <translation>SCM ne liste aucun backend CA pour valider l&apos;organisation.</translation>
    </message>
    <message>
        <source>Submitting the organisation for %1 validation</source>
        <translation>Soumission de l&apos;organisation à la validation %1</translation>
    </message>
    <message>
        <source>Submitting the validation</source>
        <translation>Soumission de la validation</translation>
    </message>
    <message>
        <source>Submitted the organisation for validation (id %1). Sectigo vets it by hand, which can take hours to days; the other steps go on meanwhile. Run again later to continue.</source>
        <translation>Organisation soumise à la validation (ID %1). Sectigo la vérifie manuellement, ce qui peut prendre de quelques heures à quelques jours ; les autres étapes continuent entre-temps. Relancez plus tard pour continuer.</translation>
    </message>
    <message>
        <source>Reading the validation&apos;s status</source>
        <translation>Lecture de l&apos;état de la validation</translation>
    </message>
    <message>
        <source>Sectigo is validating the organisation again (%1). This is human vetting and can take hours to days; mpki-setup looks again from time to time, and at its next start.</source>
        <translation>Sectigo valide à nouveau l&apos;organisation (%1). Il s&apos;agit d&apos;une vérification humaine qui peut prendre de quelques heures à quelques jours ; mpki-setup vérifie à nouveau de temps en temps, ainsi qu&apos;à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ValuesSheet</name>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>%1, term %2 days</source>
        <translation>%1, durée %2 jours</translation>
    </message>
    <message>
        <source>%1 (switched on)</source>
        <translation>%1 (activé)</translation>
    </message>
    <message>
        <source>Make sure every domain is a managed domain of the gateway (Mail system → Managed domains): %1.</source>
        <translation>Assurez-vous que chaque domaine est un domaine géré de la passerelle (Mail system → Managed domains) : %1.</translation>
    </message>
    <message>
        <source>Open the gateway&apos;s MPKI menu.</source>
        <translation>Ouvrez le menu MPKI de la passerelle.</translation>
    </message>
    <message>
        <source>In section %1, under %2, select the managed domains %3.</source>
        <translation>Dans la section %1, sous %2, sélectionnez les domaines gérés %3.</translation>
    </message>
    <message>
        <source>Under %1, click &quot;%2&quot; and confirm with &quot;Select…&quot;; then save section %3 with &quot;Save&quot;.</source>
        <translation>Sous %1, cliquez sur « %2 » et confirmez avec « Select… » ; enregistrez ensuite la section %3 avec « Save ».</translation>
    </message>
    <message>
        <source>In section %1, enter %2, %3 and %4 as listed above, and save.</source>
        <translation>Dans la section %1, saisissez %2, %3 et %4 comme indiqué ci-dessus, puis enregistrez.</translation>
    </message>
    <message>
        <source>After saving, the gateway loads the choices from Sectigo: choose %1 under %2 and %3 under %4.</source>
        <translation>Après l&apos;enregistrement, la passerelle charge les choix depuis Sectigo : choisissez %1 sous %2 et %3 sous %4.</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 jours)</translation>
    </message>
    <message>
        <source>Keep %1 as listed unless your users&apos; names are written surname first.</source>
        <translation>Conservez %1 tel qu&apos;indiqué, sauf si les noms de vos utilisateurs sont écrits en commençant par le nom de famille.</translation>
    </message>
    <message>
        <source>In section %1, switch on automatic renewal with an overlap of at least %2 days: enter %3.</source>
        <translation>Dans la section %1, activez le renouvellement automatique avec un chevauchement d&apos;au moins %2 jours : saisissez %3.</translation>
    </message>
    <message>
        <source>Finish the MPKI configuration with &quot;Save&quot;.</source>
        <translation>Terminez la configuration MPKI avec « Save ».</translation>
    </message>
    <message>
        <source>Before %1, change the operator&apos;s password in SCM and enter the new one under %2.</source>
        <translation>Avant le %1, changez le mot de passe de l&apos;opérateur dans SCM et saisissez le nouveau sous %2.</translation>
    </message>
    <message>
        <source>In SCM, set the organisation&apos;s &quot;Default profile&quot; to %1 (Organizations → edit the organisation): the SCM REST API has no field for it, and the gateway&apos;s certificate types follow it.</source>
        <translation>Dans SCM, réglez le « Default profile » de l&apos;organisation sur %1 (Organizations → modifier l&apos;organisation) : l&apos;API REST de SCM n&apos;a pas de champ pour cela, et les types de certificats de la passerelle en dépendent.</translation>
    </message>
    <message>
        <source>The organisation&apos;s &quot;Secret Key&quot; that older guides ask for is gone since SCM 23.6.1: leave it out.</source>
        <translation>La « Secret Key » de l&apos;organisation que demandent d&apos;anciens guides n&apos;existe plus depuis SCM 23.6.1 : ignorez-la.</translation>
    </message>
    <message>
        <source>SEPPmail&apos;s REST API has no MPKI settings: the MPKI → Sectigo form is entered by hand as above.</source>
        <translation>L&apos;API REST de SEPPmail n&apos;a pas de paramètres MPKI : le formulaire MPKI → Sectigo se remplit à la main comme ci-dessus.</translation>
    </message>
    <message>
        <source>SEPPmail MPKI → Sectigo: values</source>
        <translation>SEPPmail MPKI → Sectigo : valeurs</translation>
    </message>
    <message>
        <source>Sectigo Certificate Manager: %1, customer URI %2</source>
        <translation>Sectigo Certificate Manager : %1, Customer URI %2</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>From the plan %1</source>
        <translation>D&apos;après le plan %1</translation>
    </message>
    <message>
        <source>The operator&apos;s password expires on %1</source>
        <translation>Le mot de passe de l&apos;opérateur expire le %1</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>The gateway&apos;s form, in the page&apos;s order</source>
        <translation>Le formulaire de la passerelle, dans l&apos;ordre de la page</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The password is masked; &quot;mpki-setup import --show-password&quot; shows it.</source>
        <translation>Le mot de passe est masqué ; « mpki-setup import --show-password » l&apos;affiche.</translation>
    </message>
    <message>
        <source>Steps on the gateway</source>
        <translation>Étapes sur la passerelle</translation>
    </message>
    <message>
        <source>What mpki-setup did on the gateway</source>
        <translation>Ce que mpki-setup a fait sur la passerelle</translation>
    </message>
    <message>
        <source>What the REST APIs cannot do</source>
        <translation>Ce que les API REST ne savent pas faire</translation>
    </message>
    <message>
        <source>The values sheet &quot;%1&quot; must end in .pdf or .html.</source>
        <translation>La fiche des valeurs « %1 » doit se terminer par .pdf ou .html.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Check the gateway&apos;s credentials, as the gateway will use them.</source>
        <translation>Vérifier les identifiants de la passerelle, tels que la passerelle les utilisera.</translation>
    </message>
    <message>
        <source>Certificate &amp;type *:</source>
        <translation>&amp;Type de certificat * :</translation>
    </message>
    <message>
        <source>S/MIME certificate type</source>
        <translation>Type de certificat S/MIME</translation>
    </message>
    <message>
        <source>T&amp;erm in days *:</source>
        <translation>&amp;Durée en jours * :</translation>
    </message>
    <message>
        <source>Certificate term in days</source>
        <translation>Durée du certificat en jours</translation>
    </message>
    <message>
        <source>Name the S/MIME certificate type the gateway should order.</source>
        <translation>Indiquez le type de certificat S/MIME que la passerelle doit commander.</translation>
    </message>
    <message>
        <source>Log in as “%1” with its new password.</source>
        <translation>Se connecter en tant que « %1 » avec son nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Check that the S/MIME certificate type “%1” with a term of %2 days exists for the organisation.</source>
        <translation>Vérifier que le type de certificat S/MIME « %1 » avec une durée de %2 jours existe pour l&apos;organisation.</translation>
    </message>
    <message>
        <source>Check that no custom field is mandatory for the REST API.</source>
        <translation>Vérifier qu&apos;aucun champ personnalisé n&apos;est obligatoire pour l&apos;API REST.</translation>
    </message>
    <message>
        <source>Record when the operator&apos;s password expires.</source>
        <translation>Enregistrer la date d&apos;expiration du mot de passe de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>This waits until the organisation is validated and the domains are done.</source>
        <translation>Cette étape attend que l&apos;organisation soit validée et que les domaines soient terminés.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>VerifyStep</name>
    <message>
        <source>The secret store holds no current password of the operator %1: run the password step first.</source>
        <translation>Le stockage des secrets ne contient aucun mot de passe actuel de l&apos;opérateur %1 : exécutez d&apos;abord l&apos;étape du mot de passe.</translation>
    </message>
    <message>
        <source>Checking the operator&apos;s access</source>
        <translation>Vérification de l&apos;accès de l&apos;opérateur</translation>
    </message>
    <message>
        <source>The operator %1 does not see the organisation (id %2).</source>
        <translation>L&apos;opérateur %1 ne voit pas l&apos;organisation (ID %2).</translation>
    </message>
    <message>
        <source>certificate.profile: SCM offers the organisation no S/MIME profile named &apos;%1&apos; (offered: %2).</source>
        <translation>certificate.profile : SCM ne propose à l&apos;organisation aucun profil S/MIME nommé « %1 » (proposés : %2).</translation>
    </message>
    <message>
        <source>certificate.term: the profile &apos;%1&apos; has no term of %2 days (terms: %3).</source>
        <translation>certificate.term : le profil « %1 » n&apos;a pas de durée de %2 jours (durées : %3).</translation>
    </message>
    <message>
        <source>SCM requires the custom fields %1 on every S/MIME request over the REST API, which the gateway does not send. In SCM (Settings → Custom Fields) make them optional for the REST API, then run again.</source>
        <translation>SCM exige les champs personnalisés %1 pour chaque demande S/MIME par l&apos;API REST, ce que la passerelle n&apos;envoie pas. Dans SCM (Settings → Custom Fields), rendez-les facultatifs pour l&apos;API REST, puis relancez.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>The operator %1 can enrol: profile &apos;%2&apos; (id %3) with %4 days; its password expires: %5.</source>
        <translation>L&apos;opérateur %1 peut demander des certificats : profil « %2 » (ID %3) avec %4 jours ; son mot de passe expire : %5.</translation>
    </message>
</context>
<context>
    <name>WebPortal</name>
    <message>
        <source>Sectigo Certificate Manager (simulated) - customer %1</source>
        <translation>Sectigo Certificate Manager (simulé) - client %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe (confirmation)</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe erroné.</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>This administrator may use the API only and cannot log in to the web interface. An MRAO can change its type back to STANDARD.</source>
        <translation>Cet administrateur ne peut utiliser que l&apos;API et ne peut pas se connecter à l&apos;interface web. Un MRAO peut rétablir son type sur STANDARD.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>There is no customer &apos;%1&apos; here.</source>
        <translation>Il n&apos;y a pas de client « %1 » ici.</translation>
    </message>
    <message>
        <source>You logged in with a temporary or expired password: set your own password now.</source>
        <translation>Vous vous êtes connecté avec un mot de passe temporaire ou expiré : définissez maintenant votre propre mot de passe.</translation>
    </message>
    <message>
        <source>You are logged in. You may change your password here.</source>
        <translation>Vous êtes connecté. Vous pouvez changer votre mot de passe ici.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Your password has been changed. The API accepts it now.</source>
        <translation>Votre mot de passe a été changé. L&apos;API l&apos;accepte désormais.</translation>
    </message>
    <message>
        <source>No such page.</source>
        <translation>Page inexistante.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins. An MRAO administrator can unlock it by setting a new password.</source>
        <translation>Ce compte est verrouillé après trop d&apos;échecs de connexion. Un administrateur MRAO peut le déverrouiller en définissant un nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Resume the onboarding in progress</source>
        <translation>&amp;Reprendre la mise en service en cours</translation>
    </message>
    <message>
        <source>Show the step &amp;overview (re-run a single step)</source>
        <translation>Afficher l&apos;&amp;aperçu des étapes (relancer une seule étape)</translation>
    </message>
    <message>
        <source>Connect your SEPPmail gateway to Sectigo Certificate Manager</source>
        <translation>Connecter votre passerelle SEPPmail à Sectigo Certificate Manager</translation>
    </message>
    <message>
        <source>&lt;p&gt;This wizard sets up MPKI access at Sectigo for your SEPPmail Secure E-Mail Gateway. It does through the Certificate Manager&apos;s REST API what the procedure does by hand: it creates the organisation and has it validated, creates the e-mail domains, creates the operator user the gateway logs in as, changes its start password, makes it “WS API use only”, checks that it works, and gives you the values for the gateway&apos;s MPKI → Sectigo page.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What you need:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the Certificate Manager&apos;s address and your customer URI (as supplied by Sectigo)&lt;/li&gt;&lt;li&gt;the admin user provided by Sectigo — an MRAO admin; an RAO admin can do less (it cannot create organisations without that privilege)&lt;/li&gt;&lt;li&gt;the organisation&apos;s details as they will be validated (name, address, country, registration number)&lt;/li&gt;&lt;li&gt;the e-mail domains, and access to their DNS for domain control validation&lt;/li&gt;&lt;li&gt;the gateway&apos;s address (and its REST API token, if you want the managed domains checked)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;You can close the wizard at any time: it remembers where it was.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cet assistant configure l&apos;accès MPKI chez Sectigo pour votre passerelle SEPPmail Secure E-Mail Gateway. Il réalise par l&apos;API REST du Certificate Manager ce que la procédure fait à la main : il crée l&apos;organisation et la fait valider, crée les domaines de messagerie, crée l&apos;utilisateur opérateur avec lequel la passerelle se connecte, change son mot de passe initial, le passe en « WS API use only », vérifie qu&apos;il fonctionne et vous donne les valeurs pour la page MPKI → Sectigo de la passerelle.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce dont vous avez besoin :&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;l&apos;adresse du Certificate Manager et votre Customer URI (fournies par Sectigo)&lt;/li&gt;&lt;li&gt;l&apos;administrateur fourni par Sectigo — un administrateur MRAO ; un administrateur RAO peut faire moins de choses (il ne peut pas créer d&apos;organisations sans le privilège correspondant)&lt;/li&gt;&lt;li&gt;les données de l&apos;organisation telles qu&apos;elles seront validées (nom, adresse, pays, numéro d&apos;enregistrement)&lt;/li&gt;&lt;li&gt;les domaines de messagerie, et l&apos;accès à leur DNS pour la validation du contrôle de domaine&lt;/li&gt;&lt;li&gt;l&apos;adresse de la passerelle (et son jeton API REST, si vous voulez faire vérifier les domaines gérés)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Vous pouvez fermer l&apos;assistant à tout moment : il se souvient où il en était.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Try it with the built-in simulator</source>
        <translation>&amp;Essayer avec le simulateur intégré</translation>
    </message>
    <message>
        <source>Try it with the built-in simulator</source>
        <translation>Essayer avec le simulateur intégré</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode:&lt;/b&gt; everything runs against the built-in simulator of the Certificate Manager and of the gateway. Nothing leaves this computer; the values are filled in for you.</source>
        <translation>&lt;b&gt;Mode démo :&lt;/b&gt; tout s&apos;exécute avec le simulateur intégré du Certificate Manager et de la passerelle. Rien ne quitte cet ordinateur ; les valeurs sont préremplies pour vous.</translation>
    </message>
    <message>
        <source>No account at hand? The simulator plays the Certificate Manager and the gateway so you can see every step.</source>
        <translation>Pas de compte sous la main ? Le simulateur joue le rôle du Certificate Manager et de la passerelle pour que vous puissiez voir chaque étape.</translation>
    </message>
    <message>
        <source>An onboarding is in progress: %1 of %2 steps done; next: %3.</source>
        <translation>Une mise en service est en cours : %1 étapes sur %2 terminées ; suivante : %3.</translation>
    </message>
    <message>
        <source>No onboarding in progress.</source>
        <translation>Aucune mise en service en cours.</translation>
    </message>
    <message>
        <source>Start a ne&amp;w onboarding</source>
        <translation>Commencer une &amp;nouvelle mise en service</translation>
    </message>
    <message>
        <source>Start a new onboarding?</source>
        <translation>Commencer une nouvelle mise en service ?</translation>
    </message>
    <message>
        <source>The wizard forgets the onboarding in progress (%1 of %2 steps done) and starts with empty fields. What it created in the Certificate Manager stays there, and the operator&apos;s passwords stay in the keychain. Start a new onboarding?</source>
        <translation>L&apos;assistant oublie la mise en service en cours (%1 étapes sur %2 terminées) et recommence avec des champs vides. Ce qu&apos;il a créé dans le Certificate Manager y reste, et les mots de passe de l&apos;opérateur restent dans le trousseau. Commencer une nouvelle mise en service ?</translation>
    </message>
    <message>
        <source>&amp;Start anew</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>Check the connection&apos;s &amp;health…</source>
        <translation>Vérifier l&apos;état de la &amp;connexion…</translation>
    </message>
    <message>
        <source>Check the connection&apos;s health</source>
        <translation>Vérifier l&apos;état de la connexion</translation>
    </message>
    <message>
        <source>Is the gateway&apos;s connection to SCM still good, and for how long?</source>
        <translation>La connexion de la passerelle à SCM est-elle toujours en bon état, et pour combien de temps ?</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>“%1” is not an address of Sectigo Certificate Manager. Enter it as https://cert-manager.com or paste the address of your SCM login page.</source>
        <translation>« %1 » n&apos;est pas une adresse de Sectigo Certificate Manager. Saisissez-la sous la forme https://cert-manager.com ou collez l&apos;adresse de votre page de connexion SCM.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Run “%1” again?</source>
        <translation>Relancer « %1 » ?</translation>
    </message>
    <message>
        <source>“%1” may create or change objects in Sectigo Certificate Manager. It looks for what exists first and adopts it, so running it again does not make duplicates. Run it again?</source>
        <translation>« %1 » peut créer ou modifier des objets dans Sectigo Certificate Manager. L&apos;étape cherche d&apos;abord ce qui existe et le reprend : la relancer ne crée donc pas de doublons. La relancer ?</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>There is no password change to play.</source>
        <translation>Il n&apos;y a aucun changement de mot de passe à simuler.</translation>
    </message>
    <message>
        <source>The connector values are not assembled yet: run the Connector step first.</source>
        <translation>Les valeurs du connecteur ne sont pas encore assemblées : exécutez d&apos;abord l&apos;étape du connecteur.</translation>
    </message>
    <message>
        <source>Values sheet written to %1.</source>
        <translation>Fiche des valeurs écrite dans %1.</translation>
    </message>
    <message>
        <source>The plan saved by the last session could not be read (%1); it was kept as %2 and the wizard starts with empty fields.</source>
        <translation>Le plan enregistré lors de la dernière session n&apos;a pas pu être lu (%1) ; il a été conservé sous %2 et l&apos;assistant démarre avec des champs vides.</translation>
    </message>
    <message>
        <source>The plan saved by the last session could not be read (%1); the wizard starts with empty fields.</source>
        <translation>Le plan enregistré lors de la dernière session n&apos;a pas pu être lu (%1) ; l&apos;assistant démarre avec des champs vides.</translation>
    </message>
    <message>
        <source>Correct what is named, then press the page&apos;s button again.</source>
        <translation>Corrigez ce qui est indiqué, puis cliquez à nouveau sur le bouton de la page.</translation>
    </message>
    <message>
        <source>The Certificate Manager refused it: ask your MRAO administrator about what is named, then try again.</source>
        <translation>Le Certificate Manager a refusé : renseignez-vous auprès de votre administrateur MRAO au sujet de ce qui est indiqué, puis réessayez.</translation>
    </message>
    <message>
        <source>The Certificate Manager could not be reached: check the network, the proxy and the address, then try again.</source>
        <translation>Le Certificate Manager est injoignable : vérifiez le réseau, le proxy et l&apos;adresse, puis réessayez.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, the message above says where to look.</source>
        <translation>Réessayez ; si le problème se reproduit, le message ci-dessus indique où chercher.</translation>
    </message>
    <message>
        <source>%1 is a %2 admin, not an MRAO (the account&apos;s master administrator): it can only create the organisation when it holds the privilege to add organisations, and it cannot choose the validation&apos;s CA backend. If a step is refused, ask your MRAO.</source>
        <translation>%1 est un administrateur %2, et non un MRAO (l&apos;administrateur principal du compte) : il ne peut créer l&apos;organisation que s&apos;il détient le privilège d&apos;ajouter des organisations, et il ne peut pas choisir le backend CA de la validation. Si une étape est refusée, adressez-vous à votre MRAO.</translation>
    </message>
    <message>
        <source>A connector file is being written already; wait for it.</source>
        <translation>Un fichier du connecteur est déjà en cours d&apos;écriture ; attendez la fin de l&apos;opération.</translation>
    </message>
    <message>
        <source>No onboarding is open: there is nothing to report.</source>
        <translation>Aucune mise en service n&apos;est ouverte : il n&apos;y a rien à rapporter.</translation>
    </message>
    <message>
        <source>Onboarding report written to %1.</source>
        <translation>Rapport de mise en service écrit dans %1.</translation>
    </message>
    <message>
        <source>No onboarding is open.</source>
        <translation>Aucune mise en service n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Reset the operator&apos;s password?</source>
        <translation>Réinitialiser le mot de passe de l&apos;opérateur ?</translation>
    </message>
    <message>
        <source>None of the passwords this computer keeps for the operator %1 works (another computer, or a new keychain?). The MRAO admin can set a new one, but then the password configured on the gateway stops working until you give the gateway the new connector values. Reset the operator&apos;s password?</source>
        <translation>Aucun des mots de passe que cet ordinateur conserve pour l&apos;opérateur %1 ne fonctionne (autre ordinateur ou nouveau trousseau ?). L&apos;administrateur MRAO peut en définir un nouveau, mais le mot de passe configuré sur la passerelle cesse alors de fonctionner jusqu&apos;à ce que vous fournissiez à la passerelle les nouvelles valeurs du connecteur. Réinitialiser le mot de passe de l&apos;opérateur ?</translation>
    </message>
    <message>
        <source>&amp;Reset the password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
</context>
<context>
    <name>WriteErrors</name>
    <message>
        <source>no space left on the device (%1)</source>
        <translation>plus d&apos;espace disponible sur le périphérique (%1)</translation>
    </message>
</context>
</TS>
