<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ApiOnlyStep</name>
    <message>
        <source>The operator must change its temporary password before it becomes API-only: an API-only admin cannot log in to SCM&apos;s web page, so the password could never be changed there. Run the password step first (nothing was sent).</source>
        <translation>L&apos;operatore deve cambiare la sua password temporanea prima di essere limitato all&apos;API: un amministratore solo API non può accedere alla pagina web di SCM, quindi la password non potrebbe mai essere cambiata lì. Eseguire prima il passo della password (non è stato inviato nulla).</translation>
    </message>
    <message>
        <source>The operator %1 has the privilege wsApiUseOnly (API use only).</source>
        <translation>L&apos;operatore %1 ha il privilegio wsApiUseOnly (solo uso API).</translation>
    </message>
    <message>
        <source>The operator %1 is an API admin (type API).</source>
        <translation>L&apos;operatore %1 è un amministratore API (tipo API).</translation>
    </message>
    <message>
        <source>SCM did not make the operator %1 API-only.</source>
        <translation>SCM non ha limitato l&apos;operatore %1 all&apos;API.</translation>
    </message>
    <message>
        <source>Making the operator %1 API-only</source>
        <translation>Limitazione dell&apos;operatore %1 all&apos;API</translation>
    </message>
    <message>
        <source>Making the operator API-only</source>
        <translation>Limitazione dell&apos;operatore all&apos;API</translation>
    </message>
    <message>
        <source>Reading the operator back</source>
        <translation>Rilettura dell&apos;operatore</translation>
    </message>
</context>
<context>
    <name>AutomaticStepPage</name>
    <message>
        <source>Assign the operator the right “WS API use only”.</source>
        <translation>Assegnare all&apos;operatore il diritto «WS API use only».</translation>
    </message>
    <message>
        <source>Check the gateway&apos;s credentials, as the gateway will use them.</source>
        <translation>Verificare le credenziali del gateway, così come le userà il gateway.</translation>
    </message>
    <message>
        <source>Make “%1” an API-only admin (“WS API use only”). Only after its password was changed: an API-only admin cannot log in to the web interface.</source>
        <translation>Rendere «%1» un amministratore solo API («WS API use only»). Solo dopo che la sua password è stata cambiata: un amministratore solo API non può accedere all&apos;interfaccia web.</translation>
    </message>
    <message>
        <source>If the operator is ever locked out, an MRAO can turn it back into a standard admin.</source>
        <translation>Se l&apos;operatore dovesse restare bloccato, un MRAO può ritrasformarlo in un amministratore standard.</translation>
    </message>
    <message>
        <source>Log in as “%1” with its new password.</source>
        <translation>Accedere come «%1» con la sua nuova password.</translation>
    </message>
    <message>
        <source>Check that the S/MIME certificate type “%1” with a term of %2 days exists for the organisation.</source>
        <translation>Verificare che il tipo di certificato S/MIME «%1» con una durata di %2 giorni esista per l&apos;organizzazione.</translation>
    </message>
    <message>
        <source>Check that no custom field is mandatory for the REST API.</source>
        <translation>Verificare che nessun campo personalizzato sia obbligatorio per l&apos;API REST.</translation>
    </message>
    <message>
        <source>Record when the operator&apos;s password expires.</source>
        <translation>Registrare la data di scadenza della password dell&apos;operatore.</translation>
    </message>
    <message>
        <source>Waits until the organisation is validated and the domains are done.</source>
        <translation>Attende che l&apos;organizzazione sia validata e che i domini siano completati.</translation>
    </message>
    <message>
        <source>&amp;Make API-only</source>
        <translation>&amp;Limitare all&apos;API</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificare</translation>
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
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.
</source>
        <translation>%1: argomento inatteso &quot;%2&quot;.
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
        <translation>Collega un SEPPmail Secure E-Mail Gateway a un account Sectigo Certificate Manager.

Comandi:
  run       eseguire la procedura senza interfaccia (mpki-setup run --help)
  status    mostrare l&apos;avanzamento di una configurazione (mpki-setup status --help)
  simulate  avviare i simulatori di SCM e del gateway (mpki-setup simulate --help)
  export    scrivere il file del connettore (mpki-setup export --help)
  import    leggere un file del connettore (mpki-setup import --help)

Senza comando si apre la procedura guidata.</translation>
    </message>
    <message>
        <source>Run against the built-in simulator.</source>
        <translation>Eseguire con il simulatore integrato.</translation>
    </message>
    <message>
        <source>Language of the interface (de, en, fr, it).</source>
        <translation>Lingua dell&apos;interfaccia (de, en, fr, it).</translation>
    </message>
    <message>
        <source>Walk the demo through every page and save a PNG of each into DIR.</source>
        <translation>Percorrere tutte le pagine della demo e salvare un PNG di ciascuna in CARTELLA.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>mpki-setup: %1
</source>
        <translation>mpki-setup: %1
</translation>
    </message>
    <message>
        <source>MPKI setup</source>
        <translation>Configurazione MPKI</translation>
    </message>
    <message>
        <source>mpki-setup: the wizard needs a graphical session (a display); without one, mpki-setup run does the same from a plan.
</source>
        <translation>mpki-setup: la procedura guidata richiede una sessione grafica (un display); senza, mpki-setup run fa lo stesso a partire da un piano.
</translation>
    </message>
    <message>
        <source>Walk through every page to the end without a person, then quit: the demo as it is, or with --answers a scripted person who types the answers.</source>
        <translation>Percorrere tutte le pagine fino alla fine senza una persona, poi uscire: la demo così com&apos;è, oppure, con --answers, una persona simulata secondo uno script che digita le risposte.</translation>
    </message>
    <message>
        <source>Open the wizard prefilled from this plan file; with --walk, a scripted person types its values into each page (the admin&apos;s password from MPKI_SCM_PASSWORD).</source>
        <translation>Aprire la procedura guidata precompilata da questo file del piano; con --walk, una persona simulata secondo uno script ne digita i valori in ogni pagina (la password dell&apos;amministratore da MPKI_SCM_PASSWORD).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>mpki-setup: --answers and --demo exclude each other: the demo has its own answers.
</source>
        <translation>mpki-setup: --answers e --demo si escludono a vicenda: la demo ha le proprie risposte.
</translation>
    </message>
    <message>
        <source>mpki-setup: --screenshots walks the wizard: use it with --demo or --answers FILE.
</source>
        <translation>mpki-setup: --screenshots percorre la procedura guidata: usarlo con --demo o --answers FILE.
</translation>
    </message>
    <message>
        <source>mpki-setup: --walk walks the wizard: use it with --demo or --answers FILE.
</source>
        <translation>mpki-setup: --walk percorre la procedura guidata: usarlo con --demo o --answers FILE.
</translation>
    </message>
    <message>
        <source>mpki-setup: warning: %1
</source>
        <translation>mpki-setup: avviso: %1
</translation>
    </message>
</context>
<context>
    <name>ConnectStep</name>
    <message>
        <source>Checking the admin %1 at %2</source>
        <translation>Verifica dell&apos;amministratore %1 su %2</translation>
    </message>
    <message>
        <source>Checking the admin&apos;s credentials</source>
        <translation>Verifica delle credenziali dell&apos;amministratore</translation>
    </message>
    <message>
        <source>The password of the admin %1 has expired. Log in at %2, change it, and run again with the new one.</source>
        <translation>La password dell&apos;amministratore %1 è scaduta. Accedere su %2, cambiarla ed eseguire di nuovo con quella nuova.</translation>
    </message>
    <message>
        <source>SCM does not list the admin %1 to itself, so its role cannot be checked.</source>
        <translation>SCM non mostra l&apos;amministratore %1 a sé stesso, quindi il suo ruolo non può essere verificato.</translation>
    </message>
    <message>
        <source>Reading the admin&apos;s role</source>
        <translation>Lettura del ruolo dell&apos;amministratore</translation>
    </message>
    <message>
        <source>The admin %1 may not create the organisation &apos;%2&apos;: that needs the MRAO role or the privilege addOrganizationAndDepartments. Run with an MRAO admin, or have the organisation created first.</source>
        <translation>L&apos;amministratore %1 non può creare l&apos;organizzazione &apos;%2&apos;: serve il ruolo MRAO o il privilegio addOrganizationAndDepartments. Eseguire con un amministratore MRAO, oppure far creare prima l&apos;organizzazione.</translation>
    </message>
    <message>
        <source>The admin %1 may not create the department &apos;%2&apos;: that needs the MRAO role or the privilege addDepartments.</source>
        <translation>L&apos;amministratore %1 non può creare il dipartimento &apos;%2&apos;: serve il ruolo MRAO o il privilegio addDepartments.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2); its password expires: %3.</source>
        <translation>Accesso come %1 (%2); la sua password scade: %3.</translation>
    </message>
    <message>
        <source>Reading the account</source>
        <translation>Lettura dell&apos;account</translation>
    </message>
    <message>
        <source>The base URL %1 is not an SCM (%2). Check scm.baseUrl: it is the address of the Certificate Manager, e.g. https://cert-manager.com.</source>
        <translation>L&apos;URL di base %1 non è un SCM (%2). Verificare scm.baseUrl: è l&apos;indirizzo del Certificate Manager, ad es. https://cert-manager.com.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issued by:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %3 – %4&lt;br&gt;&lt;b&gt;SHA-256 fingerprint:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Soggetto:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Emesso da:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Validità:&lt;/b&gt; %3 – %4&lt;br&gt;&lt;b&gt;Impronta SHA-256:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>Customer URI</source>
        <translation>Customer URI</translation>
    </message>
    <message>
        <source>Admin login</source>
        <translation>Login dell&apos;amministratore</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>&amp;Ricordare la password nel portachiavi</translation>
    </message>
    <message>
        <source>&amp;Trust a CA certificate file…</source>
        <translation>&amp;Considerare attendibile un file di certificato CA…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>The access data for the Certificate Manager, as supplied by Sectigo or your reseller. Log in with the admin user provided to you.</source>
        <translation>I dati di accesso al Certificate Manager, come forniti da Sectigo o dal rivenditore. Accedere con l&apos;amministratore fornito.</translation>
    </message>
    <message>
        <source>Certificate Manager address</source>
        <translation>Indirizzo del Certificate Manager</translation>
    </message>
    <message>
        <source>You may paste the address of your login page, e.g. https://cert-manager.com/customer/example/ — the customer URI is taken from it.</source>
        <translation>È possibile incollare l&apos;indirizzo della propria pagina di accesso, ad es. https://cert-manager.com/customer/example/ — la Customer URI viene ricavata da esso.</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Password dell&apos;amministratore</translation>
    </message>
    <message>
        <source>Remember the password in the keychain</source>
        <translation>Ricordare la password nel portachiavi</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Verifica della connessione</translation>
    </message>
    <message>
        <source>Certificate Manager &amp;address:</source>
        <translation>&amp;Indirizzo del Certificate Manager:</translation>
    </message>
    <message>
        <source>Admin &amp;login:</source>
        <translation>&amp;Login dell&apos;amministratore:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Certificate Manager refused the login.&lt;/b&gt; %1&lt;br&gt;Possible causes: the login or password is mistyped; the customer URI is not the one of this account; the password has expired or the account is locked; the account is “WS API use only” or has no access to the REST API. Check them, then press Next again.</source>
        <translation>&lt;b&gt;Il Certificate Manager ha rifiutato l&apos;accesso.&lt;/b&gt; %1&lt;br&gt;Cause possibili: il login o la password sono digitati in modo errato; la Customer URI non è quella di questo account; la password è scaduta o l&apos;account è bloccato; l&apos;account è «WS API use only» o non ha accesso all&apos;API REST. Verificare questi punti, poi premere di nuovo Avanti.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Certificate Manager&apos;s certificate is not trusted.&lt;/b&gt; %1&lt;br&gt;If your organisation runs its own Certificate Manager with a private CA, trust that CA&apos;s certificate file. Do not go on if you did not expect this: someone may be in between.</source>
        <translation>&lt;b&gt;Il certificato del Certificate Manager non è attendibile.&lt;/b&gt; %1&lt;br&gt;Se la Sua organizzazione gestisce un proprio Certificate Manager con una CA privata, considerare attendibile il file del certificato di quella CA. Non proseguire se non ce lo si aspettava: qualcuno potrebbe trovarsi nel mezzo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Certificate Manager could not be reached.&lt;/b&gt; %1&lt;br&gt;Check the address, your network and proxy, then press Next again.</source>
        <translation>&lt;b&gt;Il Certificate Manager non è raggiungibile.&lt;/b&gt; %1&lt;br&gt;Verificare l&apos;indirizzo, la rete e il proxy, poi premere di nuovo Avanti.</translation>
    </message>
    <message>
        <source>The check was cancelled. Press Next to check again.</source>
        <translation>La verifica è stata annullata. Premere Avanti per verificare di nuovo.</translation>
    </message>
    <message>
        <source>Trust a CA certificate file</source>
        <translation>Considerare attendibile un file di certificato CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificati (*.pem *.crt *.cer *.der);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The CA certificate is trusted from now on. Press Next to connect again.</source>
        <translation>Il certificato CA è ora attendibile. Premere Avanti per connettersi di nuovo.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passo %1 di %2: %3</translation>
    </message>
    <message>
        <source>C&amp;ustomer URI:</source>
        <translation>C&amp;ustomer URI:</translation>
    </message>
</context>
<context>
    <name>ConnectorConfig</name>
    <message>
        <source>The connector values lack &quot;%1&quot;.</source>
        <translation>Nei valori del connettore manca &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a string.</source>
        <translation>&quot;%1&quot; nei valori del connettore non è una stringa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a whole number.</source>
        <translation>&quot;%1&quot; nei valori del connettore non è un numero intero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a list.</source>
        <translation>&quot;%1&quot; nei valori del connettore non è un elenco.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values holds something other than names.</source>
        <translation>&quot;%1&quot; nei valori del connettore contiene altro che nomi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a date (yyyy-MM-dd).</source>
        <translation>&quot;%1&quot; nei valori del connettore non è una data (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a date and time.</source>
        <translation>&quot;%1&quot; nei valori del connettore non è una data con ora.</translation>
    </message>
    <message>
        <source>The connector values are for the provider &quot;%1&quot;; this version knows only SECTIGO.</source>
        <translation>I valori del connettore sono per il fornitore &quot;%1&quot;; questa versione conosce solo SECTIGO.</translation>
    </message>
    <message>
        <source>The customer URI is empty.</source>
        <translation>La Customer URI è vuota.</translation>
    </message>
    <message>
        <source>The operator&apos;s login is empty.</source>
        <translation>Il login dell&apos;operatore è vuoto.</translation>
    </message>
    <message>
        <source>The organisation id is not known yet: run the organization step first.</source>
        <translation>L&apos;ID dell&apos;organizzazione non è ancora noto: eseguire prima il passo dell&apos;organizzazione.</translation>
    </message>
    <message>
        <source>The S/MIME certificate type and term are not known yet: run the verify step first.</source>
        <translation>Il tipo di certificato S/MIME e la durata non sono ancora noti: eseguire prima il passo di verifica.</translation>
    </message>
    <message>
        <source>The renewal overlap is %1 days; use at least %2 days.</source>
        <translation>La sovrapposizione di rinnovo è di %1 giorni; usare almeno %2 giorni.</translation>
    </message>
    <message>
        <source>No e-mail domain to tick under &quot;MPKI managed domains&quot;.</source>
        <translation>Nessun dominio e-mail da selezionare sotto &quot;MPKI managed domains&quot;.</translation>
    </message>
    <message>
        <source>The SCM instance is %1, not %2. SEPPmail&apos;s Sectigo form has no host field, so the gateway may not reach that instance; ask Sectigo or SEPPmail support before relying on it.</source>
        <translation>L&apos;istanza SCM è %1, non %2. Il modulo Sectigo di SEPPmail non ha un campo per l&apos;host, quindi il gateway potrebbe non raggiungere quell&apos;istanza; chiedere al supporto di Sectigo o di SEPPmail prima di farvi affidamento.</translation>
    </message>
    <message>
        <source>The operator&apos;s password expires on %1: change it in SCM and on the gateway before then, or certificate issuance stops.</source>
        <translation>La password dell&apos;operatore scade il %1: cambiarla in SCM e sul gateway prima di tale data, altrimenti l&apos;emissione dei certificati si interrompe.</translation>
    </message>
</context>
<context>
    <name>ConnectorCrypto</name>
    <message>
        <source>The scrypt parameters are outside what mpki-setup accepts.</source>
        <translation>I parametri scrypt sono al di fuori di quanto accetta mpki-setup.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed (OpenSSL scrypt).</source>
        <translation>La derivazione della chiave dalla passphrase non è riuscita (OpenSSL scrypt).</translation>
    </message>
    <message>
        <source>Encrypting the password failed (OpenSSL AES-256-GCM).</source>
        <translation>La cifratura della password non è riuscita (OpenSSL AES-256-GCM).</translation>
    </message>
</context>
<context>
    <name>ConnectorExporter</name>
    <message>
        <source>The connector file %1 was not written: %2</source>
        <translation>Il file del connettore %1 non è stato scritto: %2</translation>
    </message>
    <message>
        <source>The connector step has not assembled the connector values yet: run it first.</source>
        <translation>Il passo del connettore non ha ancora raccolto i valori del connettore: eseguirlo prima.</translation>
    </message>
    <message>
        <source>The connector values the connector step saved are damaged: %1</source>
        <translation>I valori del connettore salvati dal passo del connettore sono danneggiati: %1</translation>
    </message>
    <message>
        <source>No secret store is available, so the operator&apos;s password cannot be read and the connector file %1 was not written.</source>
        <translation>Nessun archivio dei segreti disponibile: la password dell&apos;operatore non può essere letta e il file del connettore %1 non è stato scritto.</translation>
    </message>
    <message>
        <source>The keychain holds no current password of the operator %1 at %2 (customer %3), so the connector file %4 was not written. Write it on the machine and user account that ran the procedure.</source>
        <translation>Il portachiavi non contiene una password attuale dell&apos;operatore %1 su %2 (cliente %3), quindi il file del connettore %4 non è stato scritto. Scriverlo sul computer e con l&apos;account utente che hanno eseguito la procedura.</translation>
    </message>
    <message>
        <source>The operator&apos;s password cannot be read, so the connector file %1 was not written: %2</source>
        <translation>La password dell&apos;operatore non può essere letta, quindi il file del connettore %1 non è stato scritto: %2</translation>
    </message>
    <message>
        <source>Connector file written to %1 (the password in the clear, as asked; mode 0600).</source>
        <translation>File del connettore scritto in %1 (la password in chiaro, come richiesto; modalità 0600).</translation>
    </message>
    <message>
        <source>Connector file written to %1 (the password encrypted with the passphrase; mode 0600).</source>
        <translation>File del connettore scritto in %1 (la password cifrata con la passphrase; modalità 0600).</translation>
    </message>
</context>
<context>
    <name>ConnectorFile</name>
    <message>
        <source>The passphrase is empty: give one, or ask for a plain file explicitly.</source>
        <translation>La passphrase è vuota: indicarne una, oppure richiedere esplicitamente un file in chiaro.</translation>
    </message>
    <message>
        <source>No random salt or nonce could be made (OpenSSL RAND_bytes).</source>
        <translation>Non è stato possibile generare un salt o un nonce casuale (OpenSSL RAND_bytes).</translation>
    </message>
    <message>
        <source>This is not a connector file: it has no &quot;format&quot; field.</source>
        <translation>Questo non è un file del connettore: non ha il campo &quot;format&quot;.</translation>
    </message>
    <message>
        <source>The connector file has format &quot;%1&quot;, which this version of mpki-setup cannot read (it reads &quot;%2&quot;); use a newer mpki-setup.</source>
        <translation>Il file del connettore ha il formato &quot;%1&quot;, che questa versione di mpki-setup non sa leggere (legge &quot;%2&quot;); usare un mpki-setup più recente.</translation>
    </message>
    <message>
        <source>This is not a connector file: its format is &quot;%1&quot;.</source>
        <translation>Questo non è un file del connettore: il suo formato è &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The connector file is damaged: it has an unknown field &quot;%1&quot;.</source>
        <translation>Il file del connettore è danneggiato: ha un campo sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The connector file is damaged: it holds no password.</source>
        <translation>Il file del connettore è danneggiato: non contiene alcuna password.</translation>
    </message>
    <message>
        <source>The connector file is damaged: it holds the password twice.</source>
        <translation>Il file del connettore è danneggiato: contiene la password due volte.</translation>
    </message>
    <message>
        <source>The connector file&apos;s password is protected with &quot;%1&quot; / &quot;%2&quot;, which this version of mpki-setup does not know.</source>
        <translation>La password del file del connettore è protetta con &quot;%1&quot; / &quot;%2&quot;, che questa versione di mpki-setup non conosce.</translation>
    </message>
    <message>
        <source>The connector file is damaged: its encrypted password is incomplete.</source>
        <translation>Il file del connettore è danneggiato: la sua password cifrata è incompleta.</translation>
    </message>
    <message>
        <source>Wrong passphrase or the file was changed: its encryption parameters are not ones mpki-setup writes.</source>
        <translation>Passphrase errata o file modificato: i suoi parametri di cifratura non sono quelli che scrive mpki-setup.</translation>
    </message>
    <message>
        <source>The connector file&apos;s password is encrypted: give the passphrase it was written with (--passphrase-file).</source>
        <translation>La password del file del connettore è cifrata: indicare la passphrase con cui è stato scritto (--passphrase-file).</translation>
    </message>
    <message>
        <source>Wrong passphrase or the file was changed: the connector file does not authenticate with this passphrase. Nothing was read from it.</source>
        <translation>Passphrase errata o file modificato: il file del connettore non si autentica con questa passphrase. Non è stato letto nulla.</translation>
    </message>
    <message>
        <source>The connector file is damaged: &quot;password&quot; is not a string.</source>
        <translation>Il file del connettore è danneggiato: &quot;password&quot; non è una stringa.</translation>
    </message>
    <message>
        <source>The connector file is damaged: %1</source>
        <translation>Il file del connettore è danneggiato: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a connector file.</source>
        <translation>%1 è troppo grande per essere un file del connettore.</translation>
    </message>
    <message>
        <source>This is not a connector file (not valid JSON: %1 at offset %2).</source>
        <translation>Questo non è un file del connettore (JSON non valido: %1 alla posizione %2).</translation>
    </message>
    <message>
        <source>This is not a connector file (JSON, but a list or a single value instead of an object {...}).</source>
        <translation>Questo non è un file del connettore (è JSON, ma un elenco o un singolo valore invece di un oggetto {...}).</translation>
    </message>
</context>
<context>
    <name>ConnectorOutput</name>
    <message>
        <source>The keychain did not answer within 60 seconds.</source>
        <translation>Il portachiavi non ha risposto entro 60 secondi.</translation>
    </message>
    <message>
        <source>a passphrase for the connector file %1</source>
        <translation>una passphrase per il file del connettore %1</translation>
    </message>
    <message>
        <source>mpki-setup %1: %2 (or write the password in the clear with --plain)
</source>
        <translation>mpki-setup %1: %2 (oppure scrivere la password in chiaro con --plain)
</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Ripetere la passphrase: </translation>
    </message>
    <message>
        <source>mpki-setup %1: the two passphrases differ; nothing was written.
</source>
        <translation>mpki-setup %1: le due passphrase sono diverse; non è stato scritto nulla.
</translation>
    </message>
    <message>
        <source>mpki-setup %1: the passphrase is empty.
</source>
        <translation>mpki-setup %1: la passphrase è vuota.
</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; give the file itself.</source>
        <translation>%1 è un collegamento simbolico; indicare il file stesso.</translation>
    </message>
    <message>
        <source>%1 is the state directory&apos;s own file; write somewhere else.</source>
        <translation>%1 è un file proprio della cartella di stato; scrivere altrove.</translation>
    </message>
    <message>
        <source>%1 exists and is not a connector file; give --force to replace it.</source>
        <translation>%1 esiste e non è un file del connettore; indicare --force per sostituirlo.</translation>
    </message>
</context>
<context>
    <name>ConnectorPage</name>
    <message>
        <source>MPKI → Sectigo on the gateway</source>
        <translation>MPKI → Sectigo sul gateway</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>E&amp;xport the connector file…</source>
        <translation>&amp;Esportare il file del connettore…</translation>
    </message>
    <message>
        <source>Save the values &amp;sheet…</source>
        <translation>Salvare il foglio dei &amp;valori…</translation>
    </message>
    <message>
        <source>The values for the gateway&apos;s MPKI → Sectigo page.</source>
        <translation>I valori per la pagina MPKI → Sectigo del gateway.</translation>
    </message>
    <message>
        <source>Renewal &amp;overlap in days *:</source>
        <translation>&amp;Sovrapposizione di rinnovo in giorni *:</translation>
    </message>
    <message>
        <source>Renewal overlap in days</source>
        <translation>Sovrapposizione di rinnovo in giorni</translation>
    </message>
    <message>
        <source>Gateway REST API address</source>
        <translation>Indirizzo dell&apos;API REST del gateway</translation>
    </message>
    <message>
        <source>optional, e.g. https://gateway.example.ch:8445/v1</source>
        <translation>facoltativo, ad es. https://gateway.example.ch:8445/v1</translation>
    </message>
    <message>
        <source>Passphrase of the connector file</source>
        <translation>Passphrase del file del connettore</translation>
    </message>
    <message>
        <source>Passphrase of the connector file, again</source>
        <translation>Passphrase del file del connettore, ripetuta</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation>&amp;Ripetere la passphrase:</translation>
    </message>
    <message>
        <source>The connector file carries the operator&apos;s password encrypted with a passphrase; the values sheet shows it masked.</source>
        <translation>Il file del connettore contiene la password dell&apos;operatore cifrata con una passphrase; il foglio dei valori la mostra mascherata.</translation>
    </message>
    <message>
        <source>Assemble the gateway&apos;s values: customer URI, operator login and password, organisation id, certificate type and term, renewal overlap, managed domains.</source>
        <translation>Raccogliere i valori del gateway: Customer URI, login e password dell&apos;operatore, ID dell&apos;organizzazione, tipo e durata del certificato, sovrapposizione di rinnovo, domini gestiti.</translation>
    </message>
    <message>
        <source>No gateway REST API given: the gateway is not contacted; tick the managed domains by hand.</source>
        <translation>Nessuna API REST del gateway indicata: il gateway non viene contattato; selezionare i domini gestiti a mano.</translation>
    </message>
    <message>
        <source>Check on the gateway (%1) that every e-mail domain is a managed domain.</source>
        <translation>Verificare sul gateway (%1) che ogni dominio e-mail sia un dominio gestito.</translation>
    </message>
    <message>
        <source>&amp;Assemble the values</source>
        <translation>Racc&amp;ogliere i valori</translation>
    </message>
    <message>
        <source>What the REST API cannot do — do it by hand</source>
        <translation>Cosa non può fare l&apos;API REST — da fare a mano</translation>
    </message>
    <message>
        <source>&lt;b&gt;Managed domains:&lt;/b&gt; the gateway was not contacted; tick the domains under “MPKI managed domains” by hand.</source>
        <translation>&lt;b&gt;Domini gestiti:&lt;/b&gt; il gateway non è stato contattato; selezionare a mano i domini sotto «MPKI managed domains».</translation>
    </message>
    <message>
        <source>Managed domains present: %1</source>
        <translation>Domini gestiti presenti: %1</translation>
    </message>
    <message>
        <source>Managed domains created: %1</source>
        <translation>Domini gestiti creati: %1</translation>
    </message>
    <message>
        <source>Missing on the gateway — create them as managed domains: %1</source>
        <translation>Mancanti sul gateway — crearli come domini gestiti: %1</translation>
    </message>
    <message>
        <source>Managed-domain check</source>
        <translation>Verifica dei domini gestiti</translation>
    </message>
    <message>
        <source>Choose a passphrase for the connector file, and enter it twice.</source>
        <translation>Scegliere una passphrase per il file del connettore e inserirla due volte.</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Usare almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Le due passphrase sono diverse.</translation>
    </message>
    <message>
        <source>Export the connector file</source>
        <translation>Esportare il file del connettore</translation>
    </message>
    <message>
        <source>Connector files (*.json)</source>
        <translation>File del connettore (*.json)</translation>
    </message>
    <message>
        <source>Encrypting and writing…</source>
        <translation>Cifratura e scrittura…</translation>
    </message>
    <message>
        <source>Save the values sheet</source>
        <translation>Salvare il foglio dei valori</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Gateway API token</source>
        <translation>Token API del gateway</translation>
    </message>
    <message>
        <source>Gateway API secret</source>
        <translation>Segreto API del gateway</translation>
    </message>
    <message>
        <source>Gateway API to&amp;ken:</source>
        <translation>&amp;Token API del gateway:</translation>
    </message>
    <message>
        <source>Gateway API secr&amp;et:</source>
        <translation>Se&amp;greto API del gateway:</translation>
    </message>
    <message>
        <source>Steps on the gateway</source>
        <translation>Passi sul gateway</translation>
    </message>
    <message>
        <source>Gate&amp;way REST API:</source>
        <translation>API REST del gate&amp;way:</translation>
    </message>
    <message>
        <source>Select or keep: %1</source>
        <translation>Selezionare o mantenere: %1</translation>
    </message>
    <message>
        <source>The gateway talks to %1 itself: make sure it can reach that address (firewall, proxy), or its MPKI page cannot load the choices from Sectigo.</source>
        <translation>Il gateway comunica direttamente con %1: assicurarsi che possa raggiungere tale indirizzo (firewall, proxy), altrimenti la sua pagina MPKI non può caricare le opzioni da Sectigo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The operator&apos;s password expires on %1.&lt;/b&gt; From then on the gateway cannot request certificates: rotate it before then and enter the new one on the gateway.</source>
        <translation>&lt;b&gt;La password dell&apos;operatore scade il %1.&lt;/b&gt; Da quel momento il gateway non può richiedere certificati: cambiarla prima di tale data e inserire quella nuova sul gateway.</translation>
    </message>
    <message>
        <source>Done in SCM: the organisation&apos;s default profile</source>
        <translation>Fatto in SCM: il profilo predefinito dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Step %1 on the gateway done</source>
        <translation>Passo %1 sul gateway fatto</translation>
    </message>
</context>
<context>
    <name>ConnectorStep</name>
    <message>
        <source>The connector values are not usable: %1</source>
        <translation>I valori del connettore non sono utilizzabili: %1</translation>
    </message>
    <message>
        <source>The plan has no gateway.api: no gateway was contacted. Enter the values on the gateway&apos;s MPKI → Sectigo page (mpki-setup export writes them).</source>
        <translation>Il piano non contiene gateway.api: nessun gateway è stato contattato. Inserire i valori nella pagina MPKI → Sectigo del gateway (mpki-setup export li scrive).</translation>
    </message>
    <message>
        <source>The plan names a gateway API (%1), but no gateway token and secret were given: the gateway was not contacted. Set MPKI_GATEWAY_TOKEN and MPKI_GATEWAY_SECRET to check its managed domains.</source>
        <translation>Il piano indica un&apos;API del gateway (%1), ma non sono stati forniti token e segreto del gateway: il gateway non è stato contattato. Impostare MPKI_GATEWAY_TOKEN e MPKI_GATEWAY_SECRET per verificarne i domini gestiti.</translation>
    </message>
    <message>
        <source>Checking the managed domains on the gateway: %1</source>
        <translation>Verifica dei domini gestiti sul gateway: %1</translation>
    </message>
    <message>
        <source>The gateway could not be asked: %1</source>
        <translation>Non è stato possibile interrogare il gateway: %1</translation>
    </message>
    <message>
        <source>The changes on the gateway were declined.</source>
        <translation>Le modifiche sul gateway sono state rifiutate.</translation>
    </message>
    <message>
        <source>The gateway lacks the managed domains %1: add them on the gateway (Mail System → Managed Domains), then run again.</source>
        <translation>Al gateway mancano i domini gestiti %1: aggiungerli sul gateway (Mail System → Managed Domains), poi eseguire di nuovo.</translation>
    </message>
    <message>
        <source>Managed domains checked on the gateway: %1.</source>
        <translation>Domini gestiti verificati sul gateway: %1.</translation>
    </message>
    <message>
        <source>Connector values assembled (organisation %1, profile &apos;%2&apos;, %3 days). %4</source>
        <translation>Valori del connettore raccolti (organizzazione %1, profilo &apos;%2&apos;, %3 giorni). %4</translation>
    </message>
    <message>
        <source>Connector values assembled. %1 %2</source>
        <translation>Valori del connettore raccolti. %1 %2</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copia %1 negli appunti</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copia %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostra %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Demo: playing the person — logging in at %1 as %2 with the temporary password and setting the new password the wizard generated.</source>
        <translation>Demo: si simula la persona — accesso su %1 come %2 con la password temporanea e impostazione della nuova password generata dalla procedura guidata.</translation>
    </message>
    <message>
        <source>Demo: the person changed the operator&apos;s password at the web page.</source>
        <translation>Demo: la persona ha cambiato la password dell&apos;operatore nella pagina web.</translation>
    </message>
    <message>
        <source>Demo: the simulated person could not change the password: %1</source>
        <translation>Demo: la persona simulata non ha potuto cambiare la password: %1</translation>
    </message>
    <message>
        <source>The simulators&apos; process did not give its addresses and the admin&apos;s password.</source>
        <translation>Il processo dei simulatori non ha indicato i suoi indirizzi e la password dell&apos;amministratore.</translation>
    </message>
</context>
<context>
    <name>DemoWalkthrough</name>
    <message>
        <source>The demo walk did not reach the overview within %1 s (it stopped at the page “%2”).</source>
        <translation>Il percorso della demo non ha raggiunto la panoramica entro %1 s (si è fermato alla pagina «%2»).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) written to %1.</source>
        <translation>
            <numerusform>%n screenshot scritto in %1.</numerusform>
            <numerusform>%n screenshot scritti in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The step “%1” failed: %2</source>
        <translation>Il passo «%1» non è riuscito: %2</translation>
    </message>
    <message>
        <source>The page “%1” does not go on.</source>
        <translation>La pagina «%1» non prosegue.</translation>
    </message>
    <message>
        <source>The demo went through every page to the overview.</source>
        <translation>La demo ha percorso tutte le pagine fino alla panoramica.</translation>
    </message>
</context>
<context>
    <name>DomainsPage</name>
    <message>
        <source>DNS records to publish</source>
        <translation>Record DNS da pubblicare</translation>
    </message>
    <message>
        <source>The e-mail domains for which certificates should be received later.</source>
        <translation>I domini e-mail per i quali in seguito si riceveranno certificati.</translation>
    </message>
    <message>
        <source>E-mail domains, one per line</source>
        <translation>Domini e-mail, uno per riga</translation>
    </message>
    <message>
        <source>example.ch
mail.example.ch</source>
        <translation>esempio.ch
mail.esempio.ch</translation>
    </message>
    <message>
        <source>Domain control validation method</source>
        <translation>Metodo di validazione del controllo del dominio</translation>
    </message>
    <message>
        <source>CNAME record in DNS</source>
        <translation>Record CNAME nel DNS</translation>
    </message>
    <message>
        <source>TXT record in DNS</source>
        <translation>Record TXT nel DNS</translation>
    </message>
    <message>
        <source>E-mail &amp;domains *:</source>
        <translation>&amp;Domini e-mail *:</translation>
    </message>
    <message>
        <source>Domain control &amp;validation:</source>
        <translation>&amp;Validazione del controllo del dominio:</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 è indicato due volte.</translation>
    </message>
    <message>
        <source>Enter at least one e-mail domain.</source>
        <translation>Inserire almeno un dominio e-mail.</translation>
    </message>
    <message>
        <source>Create or adopt %1 and delegate it to the organisation for S/MIME.</source>
        <translation>Creare o adottare %1 e delegarlo all&apos;organizzazione per S/MIME.</translation>
    </message>
    <message>
        <source>Start domain control validation of each registered domain (e.g. example.ch for mail.example.ch) and show the DNS record to publish.</source>
        <translation>Avviare la validazione del controllo del dominio per ciascun dominio registrato (ad es. example.ch per mail.example.ch) e mostrare il record DNS da pubblicare.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 record, status: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — record %2, stato: %3</translation>
    </message>
    <message>
        <source>not validated yet</source>
        <translation>non ancora validato</translation>
    </message>
    <message>
        <source>Record host for %1</source>
        <translation>Host del record per %1</translation>
    </message>
    <message>
        <source>Record value for %1</source>
        <translation>Valore del record per %1</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Nome host:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valore:</translation>
    </message>
    <message>
        <source>C&amp;reate the domains</source>
        <translation>Cr&amp;eare i domini</translation>
    </message>
    <message>
        <source>Domain control validation (DCV): Sectigo checks that you control the domain, here by a DNS record you publish.</source>
        <translation>Convalida del controllo del dominio (DCV): Sectigo verifica che Lei controlli il dominio, qui tramite un record DNS che pubblica.</translation>
    </message>
    <message>
        <source>E-mail to an address of the domain</source>
        <translation>E-mail a un indirizzo del dominio</translation>
    </message>
    <message>
        <source>Validation e-mail address for %1</source>
        <translation>Indirizzo e-mail di validazione per %1</translation>
    </message>
    <message>
        <source>Sectigo sends the validation mail for %1 to this address; a person who reads it confirms. Pick one of the addresses SCM offers.</source>
        <translation>Sectigo invia l&apos;e-mail di validazione per %1 a questo indirizzo; una persona che la legge conferma. Scegliere uno degli indirizzi offerti da SCM.</translation>
    </message>
    <message>
        <source>Validation e-mail for %1:</source>
        <translation>E-mail di validazione per %1:</translation>
    </message>
    <message>
        <source>Choose the address Sectigo&apos;s validation mail for %1 goes to.</source>
        <translation>Scegliere l&apos;indirizzo a cui va l&apos;e-mail di validazione di Sectigo per %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>Start domain control validation of %1 by e-mail to %2.</source>
        <translation>Avviare la validazione del controllo del dominio di %1 tramite e-mail a %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — validation mail sent to %2, status: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — e-mail di validazione inviata a %2, stato: %3</translation>
    </message>
    <message>
        <source>Sectigo rejected the earlier validation order. This record is new: publish it in place of the one published before.</source>
        <translation>Sectigo ha rifiutato l&apos;ordine di validazione precedente. Questo record è nuovo: pubblicarlo al posto di quello pubblicato in precedenza.</translation>
    </message>
</context>
<context>
    <name>DomainsStep</name>
    <message>
        <source>The plan has no domains.</source>
        <translation>Il piano non contiene domini.</translation>
    </message>
    <message>
        <source>Looking up the domain %1</source>
        <translation>Ricerca del dominio %1</translation>
    </message>
    <message>
        <source>Reading the domain %1</source>
        <translation>Lettura del dominio %1</translation>
    </message>
    <message>
        <source>Creating the domain %1, delegated for S/MIME</source>
        <translation>Creazione del dominio %1, delegato per S/MIME</translation>
    </message>
    <message>
        <source>Creating the domain %1</source>
        <translation>Creazione del dominio %1</translation>
    </message>
    <message>
        <source>SCM does not keep an active S/MIME delegation of %1 to the organisation.</source>
        <translation>SCM non mantiene una delega S/MIME attiva di %1 all&apos;organizzazione.</translation>
    </message>
    <message>
        <source>Delegating the existing domain %1 to the organisation for S/MIME</source>
        <translation>Delega del dominio esistente %1 all&apos;organizzazione per S/MIME</translation>
    </message>
    <message>
        <source>Delegating %1</source>
        <translation>Delega di %1</translation>
    </message>
    <message>
        <source>Approving the delegation of %1 (%2)</source>
        <translation>Approvazione della delega di %1 (%2)</translation>
    </message>
    <message>
        <source>Approving the delegation of %1</source>
        <translation>Approvazione della delega di %1</translation>
    </message>
    <message>
        <source>Reading the DCV status of %1</source>
        <translation>Lettura dello stato DCV di %1</translation>
    </message>
    <message>
        <source>Starting DCV of %1</source>
        <translation>Avvio della DCV di %1</translation>
    </message>
    <message>
        <source>Submitting DCV of %1</source>
        <translation>Invio della DCV di %1</translation>
    </message>
    <message>
        <source>%1: publish the DNS %2 record %3 → %4</source>
        <translation>%1: pubblicare il record DNS %2 %3 → %4</translation>
    </message>
    <message>
        <source>%1: answer the validation e-mail sent to %2</source>
        <translation>%1: rispondere all&apos;e-mail di validazione inviata a %2</translation>
    </message>
    <message>
        <source>%1: publish %2 with the lines %3 and %4</source>
        <translation>%1: pubblicare %2 con le righe %3 e %4</translation>
    </message>
    <message>
        <source>Domains delegated for S/MIME and validated: %1.</source>
        <translation>Domini delegati per S/MIME e validati: %1.</translation>
    </message>
    <message>
        <source>Domain control validation is waiting: %1. Sectigo checks by itself; mpki-setup looks again from time to time, and at its next start.</source>
        <translation>La validazione del controllo del dominio è in attesa: %1. Sectigo verifica autonomamente; mpki-setup ricontrolla di tanto in tanto, e al suo prossimo avvio.</translation>
    </message>
    <message>
        <source>Sectigo rejected the earlier DCV order of %1: starting a new one</source>
        <translation>Sectigo ha rifiutato l&apos;ordine DCV precedente di %1: ne viene avviato uno nuovo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>The plan names no address for the e-mail validation of %1 (dcvEmail). SCM offers: %2.</source>
        <translation>Il piano non indica alcun indirizzo per la validazione via e-mail di %1 (dcvEmail). SCM offre: %2.</translation>
    </message>
    <message>
        <source>SCM does not offer %1 for the e-mail validation of %2. Name one of the offered addresses in the plan (dcvEmail): %3.</source>
        <translation>SCM non offre %1 per la validazione via e-mail di %2. Indicare nel piano uno degli indirizzi offerti (dcvEmail): %3.</translation>
    </message>
    <message>
        <source>%1: Sectigo rejected the earlier validation order; the record below is new and replaces the one published before</source>
        <translation>%1: Sectigo ha rifiutato l&apos;ordine di validazione precedente; il record seguente è nuovo e sostituisce quello pubblicato in precedenza</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Writes the connector file for the SEPPmail gateway from a state directory: the values the connector step assembled and the operator&apos;s password from the keychain, encrypted with a passphrase (or in the clear with --plain), and optionally the values sheet as PDF or HTML.</source>
        <translation>Scrive il file del connettore per il gateway SEPPmail da una cartella di stato: i valori raccolti dal passo del connettore e la password dell&apos;operatore presa dal portachiavi, cifrata con una passphrase (o in chiaro con --plain), e facoltativamente il foglio dei valori in PDF o HTML.</translation>
    </message>
    <message>
        <source>The state directory of a run.</source>
        <translation>La cartella di stato di un&apos;esecuzione.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>The connector file to write.</source>
        <translation>Il file del connettore da scrivere.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase (without it, the passphrase is asked for on the terminal).</source>
        <translation>Un file la cui prima riga è la passphrase (senza di esso, la passphrase viene chiesta nel terminale).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Write the password in the clear (the file is still 0600).</source>
        <translation>Scrivere la password in chiaro (il file resta comunque 0600).</translation>
    </message>
    <message>
        <source>Also write the values sheet (.pdf or .html).</source>
        <translation>Scrivere anche il foglio dei valori (.pdf o .html).</translation>
    </message>
    <message>
        <source>The language of the messages and the sheet&apos;s labels.</source>
        <translation>La lingua dei messaggi e delle etichette del foglio.</translation>
    </message>
    <message>
        <source>mpki-setup export: %1
</source>
        <translation>mpki-setup export: %1
</translation>
    </message>
    <message>
        <source>mpki-setup export: give the state directory with --state DIR and the file to write with --out FILE.
</source>
        <translation>mpki-setup export: indicare la cartella di stato con --state DIR e il file da scrivere con --out FILE.
</translation>
    </message>
    <message>
        <source>mpki-setup export: --plain and --passphrase-file exclude each other.
</source>
        <translation>mpki-setup export: --plain e --passphrase-file si escludono a vicenda.
</translation>
    </message>
    <message>
        <source>mpki-setup export: the values sheet must end in .pdf or .html.
</source>
        <translation>mpki-setup export: il foglio dei valori deve terminare con .pdf o .html.
</translation>
    </message>
    <message>
        <source>Wrote the values sheet %1.
</source>
        <translation>Foglio dei valori %1 scritto.
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Nota: %1
</translation>
    </message>
    <message>
        <source>mpki-setup export: %1 (state directory %2)
</source>
        <translation>mpki-setup export: %1 (cartella di stato %2)
</translation>
    </message>
    <message>
        <source>Replace the file given with --out even when it is not a connector file.</source>
        <translation>Sostituire il file indicato con --out anche se non è un file del connettore.</translation>
    </message>
</context>
<context>
    <name>GatewaySimulator</name>
    <message>
        <source>Cannot make the gateway simulator&apos;s TLS certificate: %1</source>
        <translation>Impossibile creare il certificato TLS del simulatore del gateway: %1</translation>
    </message>
    <message>
        <source>The gateway simulator cannot listen on %1:%2.</source>
        <translation>Il simulatore del gateway non può restare in ascolto su %1:%2.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Run the onboarding&apos;s step(s) %1 again (mpki-setup run --only %1).</source>
        <translation>Eseguire di nuovo il passo o i passi %1 della configurazione (mpki-setup run --only %1).</translation>
    </message>
    <message>
        <source>Run %1.</source>
        <translation>Eseguire %1.</translation>
    </message>
    <message>
        <source>Give the operator a new password (mpki-setup rotate) and type it into the gateway&apos;s MPKI page.</source>
        <translation>Assegnare all&apos;operatore una nuova password (mpki-setup rotate) e inserirla nella pagina MPKI del gateway.</translation>
    </message>
    <message>
        <source>Give the operator a new password with %1 and type it into the gateway&apos;s MPKI page.</source>
        <translation>Assegnare all&apos;operatore una nuova password con %1 e inserirla nella pagina MPKI del gateway.</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>scaduta il %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>non scade mai</translation>
    </message>
    <message>
        <source>valid; SCM gives no expiry date</source>
        <translation>valida; SCM non indica alcuna data di scadenza</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) from today)</source>
        <translation>
            <numerusform>valida fino al %1 (tra %n giorno)</numerusform>
            <numerusform>valida fino al %1 (tra %n giorni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SCM did not answer within %n second(s)</source>
        <translation>
            <numerusform>SCM non ha risposto entro %n secondo</numerusform>
            <numerusform>SCM non ha risposto entro %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be checked: %1</source>
        <translation>non è stato possibile verificare: %1</translation>
    </message>
    <message>
        <source>The operator %1 signs in</source>
        <translation>L&apos;operatore %1 accede</translation>
    </message>
    <message>
        <source>The operator&apos;s password</source>
        <translation>La password dell&apos;operatore</translation>
    </message>
    <message>
        <source>SCM refuses the operator&apos;s password (%1)</source>
        <translation>SCM rifiuta la password dell&apos;operatore (%1)</translation>
    </message>
    <message>
        <source>If the password was changed elsewhere, export the connector file again where it was changed; otherwise let the MRAO admin set a new one (“Reset it as the MRAO admin…” after “Rotate the operator password”).</source>
        <translation>Se la password è stata cambiata altrove, esportare di nuovo il file del connettore dove è stata cambiata; altrimenti farne impostare una nuova dall&apos;amministratore MRAO («Reimpostarla come amministratore MRAO…» dopo «Cambiare la password dell&apos;operatore»).</translation>
    </message>
    <message>
        <source>If the password was changed elsewhere, export the connector file again where it was changed; otherwise let the MRAO admin set a new one: %1 --reset-operator-password</source>
        <translation>Se la password è stata cambiata altrove, esportare di nuovo il file del connettore dove è stata cambiata; altrimenti farne impostare una nuova dall&apos;amministratore MRAO: %1 --reset-operator-password</translation>
    </message>
    <message>
        <source>SCM refuses the gateway&apos;s requests: the password has expired</source>
        <translation>SCM rifiuta le richieste del gateway: la password è scaduta</translation>
    </message>
    <message>
        <source>signs in with the gateway&apos;s password</source>
        <translation>accede con la password del gateway</translation>
    </message>
    <message>
        <source>The operator&apos;s record</source>
        <translation>I dati dell&apos;operatore</translation>
    </message>
    <message>
        <source>SCM does not list the operator to itself</source>
        <translation>SCM non mostra l&apos;operatore a sé stesso</translation>
    </message>
    <message>
        <source>The operator is API-only</source>
        <translation>L&apos;operatore è limitato all&apos;API</translation>
    </message>
    <message>
        <source>The operator&apos;s S/MIME role on the organisation</source>
        <translation>Il ruolo S/MIME dell&apos;operatore sull&apos;organizzazione</translation>
    </message>
    <message>
        <source>The operator may request client certificates</source>
        <translation>L&apos;operatore può richiedere certificati client</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no: the operator is a %1 admin now, and can sign in to the web interface</source>
        <translation>no: ora l&apos;operatore è un amministratore %1 e può accedere all&apos;interfaccia web</translation>
    </message>
    <message>
        <source>%1 on %2 (id %3)</source>
        <translation>%1 su %2 (ID %3)</translation>
    </message>
    <message>
        <source>the operator has no S/MIME role on the organisation %1 (id %2) any more</source>
        <translation>l&apos;operatore non ha più alcun ruolo S/MIME sull&apos;organizzazione %1 (ID %2)</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>sì (%1)</translation>
    </message>
    <message>
        <source>no: the privilege %1 was taken away</source>
        <translation>no: il privilegio %1 è stato revocato</translation>
    </message>
    <message>
        <source>The organisation %1</source>
        <translation>L&apos;organizzazione %1</translation>
    </message>
    <message>
        <source>REST access for client certificates</source>
        <translation>Accesso REST per i certificati client</translation>
    </message>
    <message>
        <source>SCM knows no organisation with id %1 any more</source>
        <translation>SCM non conosce più alcuna organizzazione con ID %1</translation>
    </message>
    <message>
        <source>exists (id %1)</source>
        <translation>esiste (ID %1)</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>attivato</translation>
    </message>
    <message>
        <source>switched off: the gateway&apos;s requests are refused</source>
        <translation>disattivato: le richieste del gateway vengono rifiutate</translation>
    </message>
    <message>
        <source>The organisation&apos;s OV S/MIME validation</source>
        <translation>La validazione OV S/MIME dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>SCM lists none</source>
        <translation>SCM non ne elenca alcuna</translation>
    </message>
    <message>
        <source>%1 (validation %2)</source>
        <translation>%1 (validazione %2)</translation>
    </message>
    <message>
        <source>The S/MIME profile %1</source>
        <translation>Il profilo S/MIME %1</translation>
    </message>
    <message>
        <source>offered to the organisation</source>
        <translation>offerto all&apos;organizzazione</translation>
    </message>
    <message numerus="yes">
        <source>offered, but no longer with the term of %n day(s)</source>
        <translation>
            <numerusform>offerto, ma non più con la durata di %n giorno</numerusform>
            <numerusform>offerto, ma non più con la durata di %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>no longer offered to the organisation</source>
        <translation>non più offerto all&apos;organizzazione</translation>
    </message>
    <message>
        <source>Choose a profile SCM offers in the plan, then %1</source>
        <translation>Scegliere nel piano un profilo offerto da SCM, poi %1</translation>
    </message>
    <message>
        <source>The domain %1 is delegated for S/MIME</source>
        <translation>Il dominio %1 è delegato per S/MIME</translation>
    </message>
    <message>
        <source>SCM does not list the domain any more</source>
        <translation>SCM non elenca più il dominio</translation>
    </message>
    <message>
        <source>to %1 (domain id %2)</source>
        <translation>a %1 (ID del dominio %2)</translation>
    </message>
    <message>
        <source>the delegation is %1, not active</source>
        <translation>la delega è %1, non attiva</translation>
    </message>
    <message>
        <source>no longer delegated to %1 for S/MIME</source>
        <translation>non più delegato a %1 per S/MIME</translation>
    </message>
    <message>
        <source>Domain control validation of %1</source>
        <translation>Validazione del controllo del dominio di %1</translation>
    </message>
    <message>
        <source>not validated</source>
        <translation>non validata</translation>
    </message>
    <message>
        <source>The password of the admin %1</source>
        <translation>La password dell&apos;amministratore %1</translation>
    </message>
    <message>
        <source>Change it in SCM&apos;s web interface before it expires; the wizard and mpki-setup run sign in with it.</source>
        <translation>Cambiarla nell&apos;interfaccia web di SCM prima che scada; la procedura guidata e mpki-setup run accedono con essa.</translation>
    </message>
    <message>
        <source>SCM refuses it (%1)</source>
        <translation>SCM la rifiuta (%1)</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <source>UNKNOWN: %1
</source>
        <translation>UNKNOWN: %1
</translation>
    </message>
    <message>
        <source>%1 Finish the onboarding first (mpki-setup run).</source>
        <translation>%1 Completare prima la configurazione (mpki-setup run).</translation>
    </message>
    <message>
        <source>the password of the operator %1</source>
        <translation>la password dell&apos;operatore %1</translation>
    </message>
    <message>
        <source>the passphrase of the connector file %1</source>
        <translation>la passphrase del file del connettore %1</translation>
    </message>
    <message>
        <source>Checks that the gateway&apos;s connection to SCM still works and for how long: signs in as the operator with the gateway&apos;s password and checks its password expiry, API-only, role and privilege, the organisation&apos;s REST access and OV S/MIME validation, each domain&apos;s delegation and DCV, and the S/MIME profile. Changes nothing. Exit codes follow the monitoring-plugin convention (Nagios, Icinga, Zabbix): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (SCM unreachable, no secret, bad command line).</source>
        <translation>Verifica che la connessione del gateway a SCM funzioni ancora e per quanto tempo: accede come operatore con la password del gateway e verifica la scadenza della sua password, la limitazione all&apos;API, il ruolo e il privilegio, l&apos;accesso REST e la validazione OV S/MIME dell&apos;organizzazione, la delega e la DCV di ogni dominio, e il profilo S/MIME. Non modifica nulla. I codici di uscita seguono la convenzione dei plugin di monitoraggio (Nagios, Icinga, Zabbix): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (SCM non raggiungibile, nessun segreto, riga di comando errata).</translation>
    </message>
    <message>
        <source>The state directory of the onboarding (the operator&apos;s password from the keychain).</source>
        <translation>La cartella di stato della configurazione (la password dell&apos;operatore dal portachiavi).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>A connector file instead of a state directory (works on any machine).</source>
        <translation>Un file del connettore invece di una cartella di stato (funziona su qualsiasi computer).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A file whose first line is the connector file&apos;s passphrase.</source>
        <translation>Un file la cui prima riga è la passphrase del file del connettore.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>A file whose first line is the admin&apos;s password, to check its expiry too (optional; also MPKI_SCM_PASSWORD or the keychain).</source>
        <translation>Un file la cui prima riga è la password dell&apos;amministratore, per verificarne anche la scadenza (facoltativo; anche MPKI_SCM_PASSWORD o il portachiavi).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Stampare un oggetto JSON.</translation>
    </message>
    <message>
        <source>WARNING when something expires within this many days (default 21).</source>
        <translation>WARNING quando qualcosa scade entro questo numero di giorni (predefinito 21).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>CRITICAL when something expires within this many days (default 7).</source>
        <translation>CRITICAL quando qualcosa scade entro questo numero di giorni (predefinito 7).</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 60).</source>
        <translation>Rinunciare dopo questo numero di secondi (predefinito 60).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDI</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this file (PEM or DER) for SCM.</source>
        <translation>Considerare attendibili per SCM anche i certificati CA contenuti in questo file (PEM o DER).</translation>
    </message>
    <message>
        <source>give either the state directory (--state DIR) or a connector file (--connector FILE).</source>
        <translation>indicare la cartella di stato (--state DIR) oppure un file del connettore (--connector FILE).</translation>
    </message>
    <message>
        <source>--warn-days and --critical-days take a number of days from 0 to 3650, the critical one not above the warning one.</source>
        <translation>--warn-days e --critical-days richiedono un numero di giorni da 0 a 3650, con il valore critico non superiore a quello di avviso.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout richiede un numero di secondi da 1 a 3600.</translation>
    </message>
    <message numerus="yes">
        <source>the check did not finish within %n second(s).</source>
        <translation>
            <numerusform>la verifica non è terminata entro %n secondo.</numerusform>
            <numerusform>la verifica non è terminata entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the SCM connection of the operator %2 at %3 (%4)
</source>
        <translation>%1: la connessione SCM dell&apos;operatore %2 su %3 (%4)
</translation>
    </message>
</context>
<context>
    <name>HealthController</name>
    <message>
        <source>No onboarding is open, so there is no connection to check.</source>
        <translation>Nessuna configurazione aperta, quindi non c&apos;è alcuna connessione da verificare.</translation>
    </message>
    <message>
        <source>The built-in simulator is still starting; try again in a moment.</source>
        <translation>Il simulatore integrato si sta ancora avviando; riprovare tra un momento.</translation>
    </message>
    <message>
        <source>There is nothing to check yet: the health check needs a finished onboarding, whose Connector step has assembled the values the gateway uses. Finish the onboarding first.</source>
        <translation>Non c&apos;è ancora nulla da verificare: la verifica di integrità richiede una configurazione completata, il cui passo del connettore abbia raccolto i valori usati dal gateway. Completare prima la configurazione.</translation>
    </message>
    <message>
        <source>The operator %1 at %2 (customer URI %3), as the gateway signs in.</source>
        <translation>L&apos;operatore %1 su %2 (Customer URI %3), così come accede il gateway.</translation>
    </message>
    <message>
        <source>The connection to SCM</source>
        <translation>La connessione a SCM</translation>
    </message>
    <message>
        <source>the keychain holds no password of the operator %1</source>
        <translation>il portachiavi non contiene alcuna password dell&apos;operatore %1</translation>
    </message>
    <message>
        <source>The operator&apos;s password</source>
        <translation>La password dell&apos;operatore</translation>
    </message>
    <message>
        <source>Rotate the operator password: when no stored password signs in, the wizard offers to reset it as the MRAO admin.</source>
        <translation>Cambiare la password dell&apos;operatore: se nessuna password memorizzata consente l&apos;accesso, la procedura guidata propone di reimpostarla come amministratore MRAO.</translation>
    </message>
    <message>
        <source>“Rotate the operator password” in this view</source>
        <translation>«Cambiare la password dell&apos;operatore» in questa finestra</translation>
    </message>
    <message>
        <source>the step(s) %1 again from the wizard&apos;s step overview</source>
        <translation>di nuovo il passo o i passi %1 dalla panoramica dei passi della procedura guidata</translation>
    </message>
    <message>
        <source>Reset the operator&apos;s password?</source>
        <translation>Reimpostare la password dell&apos;operatore?</translation>
    </message>
    <message>
        <source>The operator %1 cannot give itself a new password (the rotation&apos;s result says why). The MRAO admin %2 sets a new generated password for it, which is then replaced with another one. The password configured on the gateway&apos;s MPKI page stops working at once and must be replaced there with the new one. Reset the operator&apos;s password now?</source>
        <translation>L&apos;operatore %1 non può assegnarsi da solo una nuova password (il risultato del cambio di password spiega perché). L&apos;amministratore MRAO %2 gli imposta una nuova password generata, che viene poi sostituita da un&apos;altra. La password configurata nella pagina MPKI del gateway smette subito di funzionare e deve esservi sostituita con quella nuova. Reimpostare ora la password dell&apos;operatore?</translation>
    </message>
    <message>
        <source>&amp;Reset the password</source>
        <translation>&amp;Reimpostare la password</translation>
    </message>
    <message>
        <source>Rotate the operator password?</source>
        <translation>Cambiare la password dell&apos;operatore?</translation>
    </message>
    <message>
        <source>The operator %1 gets a new generated password in the Certificate Manager. The password configured on the gateway&apos;s MPKI page stops working at once: the gateway cannot request certificates until the new password is entered on its MPKI page (or a new connector file is imported there). Rotate the operator password now?</source>
        <translation>L&apos;operatore %1 riceve una nuova password generata nel Certificate Manager. La password configurata nella pagina MPKI del gateway smette subito di funzionare: il gateway non può richiedere certificati finché la nuova password non viene inserita nella sua pagina MPKI (o non vi viene importato un nuovo file del connettore). Cambiare ora la password dell&apos;operatore?</translation>
    </message>
    <message>
        <source>&amp;Rotate the password</source>
        <translation>&amp;Cambiare la password</translation>
    </message>
    <message>
        <source>The new password is in the keychain, but the onboarding&apos;s state could not be saved: %1</source>
        <translation>La nuova password è nel portachiavi, ma non è stato possibile salvare lo stato della configurazione: %1</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Verificare di nuovo</translation>
    </message>
    <message>
        <source>&amp;Rotate the operator password…</source>
        <translation>Cambiare la password dell&apos;&amp;operatore…</translation>
    </message>
    <message>
        <source>Reset it as the &amp;MRAO admin…</source>
        <translation>Reimpostarla come amministratore &amp;MRAO…</translation>
    </message>
    <message>
        <source>New operator password</source>
        <translation>Nuova password dell&apos;operatore</translation>
    </message>
    <message>
        <source>Save a new connector &amp;file…</source>
        <translation>Salvare un nuovo &amp;file del connettore…</translation>
    </message>
    <message>
        <source>Health of the SCM connection</source>
        <translation>Integrità della connessione SCM</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Findings of the health check</source>
        <translation>Risultati della verifica di integrità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Rilevato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Rotate the operator password</source>
        <translation>Cambiare la password dell&apos;operatore</translation>
    </message>
    <message>
        <source>Gives the operator a new generated password. The gateway&apos;s configured password stops working at once and must be replaced on its MPKI page.</source>
        <translation>Assegna all&apos;operatore una nuova password generata. La password configurata sul gateway smette subito di funzionare e deve essere sostituita nella sua pagina MPKI.</translation>
    </message>
    <message>
        <source>Reset the operator&apos;s password as the MRAO admin</source>
        <translation>Reimpostare la password dell&apos;operatore come amministratore MRAO</translation>
    </message>
    <message>
        <source>Passphrase of the connector file</source>
        <translation>Passphrase del file del connettore</translation>
    </message>
    <message>
        <source>Passphrase of the connector file, again</source>
        <translation>Passphrase del file del connettore, ripetuta</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation>&amp;Ripetere la passphrase:</translation>
    </message>
    <message>
        <source>Or save a new connector file for the gateway: it carries the new password encrypted with a passphrase.</source>
        <translation>Oppure salvare un nuovo file del connettore per il gateway: contiene la nuova password cifrata con una passphrase.</translation>
    </message>
    <message>
        <source>Checking the connection as the gateway does…</source>
        <translation>Verifica della connessione come la esegue il gateway…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall: %1&lt;/b&gt; — checked %2</source>
        <translation>&lt;b&gt;Esito complessivo: %1&lt;/b&gt; — verificato il %2</translation>
    </message>
    <message>
        <source>Giving the operator a new password…</source>
        <translation>Assegnazione di una nuova password all&apos;operatore…</translation>
    </message>
    <message>
        <source>an unknown date (SCM gives none)</source>
        <translation>una data sconosciuta (SCM non la indica)</translation>
    </message>
    <message>
        <source>The old password stopped working at %1. The new one expires on %2. Enter the new password on the gateway&apos;s MPKI page now.</source>
        <translation>La vecchia password ha smesso di funzionare il %1. Scadenza di quella nuova: %2. Inserire ora la nuova password nella pagina MPKI del gateway.</translation>
    </message>
    <message>
        <source>Save a new connector file</source>
        <translation>Salvare un nuovo file del connettore</translation>
    </message>
    <message>
        <source>Connector files (*.json)</source>
        <translation>File del connettore (*.json)</translation>
    </message>
    <message>
        <source>Encrypting and writing…</source>
        <translation>Cifratura e scrittura…</translation>
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
        <translation>avviso</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critico</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
</context>
<context>
    <name>HtmlDocumentFile</name>
    <message>
        <source>Cannot write %1: a PDF needs a graphical application object (QGuiApplication).</source>
        <translation>Impossibile scrivere %1: un PDF richiede un oggetto applicazione grafica (QGuiApplication).</translation>
    </message>
    <message>
        <source>the PDF could not be produced</source>
        <translation>non è stato possibile generare il PDF</translation>
    </message>
    <message>
        <source>Cannot write %1: the file must end in .pdf or .html.</source>
        <translation>Impossibile scrivere %1: il file deve terminare con .pdf o .html.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>SCM: %1 (customer URI %2)
</source>
        <translation>SCM: %1 (Customer URI %2)
</translation>
    </message>
    <message>
        <source>The operator&apos;s password expires on %1.
</source>
        <translation>La password dell&apos;operatore scade il %1.
</translation>
    </message>
    <message>
        <source>Made on %1%2.
</source>
        <translation>Creato il %1%2.
</translation>
    </message>
    <message>
        <source> from the plan %1</source>
        <translation> dal piano %1</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Nota: %1
</translation>
    </message>
    <message>
        <source>Reads a connector file written by mpki-setup (run --export or export) and prints the values for the SEPPmail gateway&apos;s MPKI → Sectigo page. The password is masked unless --show-password is given.</source>
        <translation>Legge un file del connettore scritto da mpki-setup (run --export o export) e stampa i valori per la pagina MPKI → Sectigo del gateway SEPPmail. La password è mascherata, a meno che non si indichi --show-password.</translation>
    </message>
    <message>
        <source>The connector file.</source>
        <translation>Il file del connettore.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase (without it, the passphrase is asked for on the terminal).</source>
        <translation>Un file la cui prima riga è la passphrase (senza di esso, la passphrase viene chiesta nel terminale).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Print one JSON object with the file&apos;s field names.</source>
        <translation>Stampare un oggetto JSON con i nomi dei campi del file.</translation>
    </message>
    <message>
        <source>Show the operator&apos;s password.</source>
        <translation>Mostrare la password dell&apos;operatore.</translation>
    </message>
    <message>
        <source>mpki-setup import: %1
</source>
        <translation>mpki-setup import: %1
</translation>
    </message>
    <message>
        <source>mpki-setup import: give the connector file with --in FILE.
</source>
        <translation>mpki-setup import: indicare il file del connettore con --in FILE.
</translation>
    </message>
    <message>
        <source>the passphrase of the connector file %1</source>
        <translation>la passphrase del file del connettore %1</translation>
    </message>
    <message>
        <source>mpki-setup import: %1: %2
</source>
        <translation>mpki-setup import: %1: %2
</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot write the journal %1: %2.</source>
        <translation>Impossibile scrivere il registro %1: %2.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain holds no secret for %1.</source>
        <translation>Il portachiavi non contiene alcun segreto per %1.</translation>
    </message>
    <message>
        <source>The keychain refused the request for %1: %2.</source>
        <translation>Il portachiavi ha rifiutato la richiesta per %1: %2.</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1). Give the secrets another way: --password-file FILE or the environment variable MPKI_SCM_PASSWORD for the admin&apos;s password (--gateway-token-file / MPKI_GATEWAY_TOKEN and --gateway-secret-file / MPKI_GATEWAY_SECRET for the gateway), or start a Secret Service such as gnome-keyring in this session.</source>
        <translation>Nessun portachiavi raggiungibile (%1). Fornire i segreti in un altro modo: --password-file FILE o la variabile d&apos;ambiente MPKI_SCM_PASSWORD per la password dell&apos;amministratore (--gateway-token-file / MPKI_GATEWAY_TOKEN e --gateway-secret-file / MPKI_GATEWAY_SECRET per il gateway), oppure avviare un Secret Service come gnome-keyring in questa sessione.</translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation>nessun Secret Service</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Nessun segreto memorizzato per %1.</translation>
    </message>
</context>
<context>
    <name>MpkiWizard</name>
    <message>
        <source>MPKI setup for SEPPmail — demo with the built-in simulator</source>
        <translation>Configurazione MPKI per SEPPmail — demo con il simulatore integrato</translation>
    </message>
    <message>
        <source>MPKI setup for SEPPmail</source>
        <translation>Configurazione MPKI per SEPPmail</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
</context>
<context>
    <name>OnboardingReport</name>
    <message>
        <source>The state names no plan file and there is no wizard plan beside it: what only the plan holds (the operator&apos;s role and privileges, the validation level) is missing below.</source>
        <translation>Lo stato non indica alcun file del piano e accanto non c&apos;è alcun piano della procedura guidata: ciò che solo il piano contiene (il ruolo e i privilegi dell&apos;operatore, il livello di validazione) manca qui sotto.</translation>
    </message>
    <message>
        <source>The plan file %1 that the run used no longer exists: what only the plan holds (the operator&apos;s role and privileges, the validation level) is missing below.</source>
        <translation>Il file del piano %1 usato dall&apos;esecuzione non esiste più: ciò che solo il piano contiene (il ruolo e i privilegi dell&apos;operatore, il livello di validazione) manca qui sotto.</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be read (%2): what only the plan holds is missing below.</source>
        <translation>Il file del piano %1 non può essere letto (%2): ciò che solo il piano contiene manca qui sotto.</translation>
    </message>
    <message>
        <source>The plan file %1 changed after the run (its fingerprint differs from the one the state recorded): values below taken from it may not be what the run used.</source>
        <translation>Il file del piano %1 è cambiato dopo l&apos;esecuzione (la sua impronta differisce da quella registrata nello stato): i valori qui sotto ricavati da esso potrebbero non essere quelli usati dall&apos;esecuzione.</translation>
    </message>
    <message>
        <source>Onboarding report: SEPPmail gateway → Sectigo Certificate Manager</source>
        <translation>Rapporto di configurazione: gateway SEPPmail → Sectigo Certificate Manager</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creato</translation>
    </message>
    <message>
        <source>adopted (it existed)</source>
        <translation>adottato (esisteva già)</translation>
    </message>
    <message>
        <source>not known (no journal)</source>
        <translation>non noto (nessun registro)</translation>
    </message>
    <message>
        <source>State directory</source>
        <translation>Cartella di stato</translation>
    </message>
    <message>
        <source>Run by (OS user)</source>
        <translation>Eseguito da (utente del sistema operativo)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>non noto</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>%1, role %2</source>
        <translation>%1, ruolo %2</translation>
    </message>
    <message>
        <source>SCM admin who ran the steps</source>
        <translation>Amministratore SCM che ha eseguito i passi</translation>
    </message>
    <message>
        <source>SCM base URL</source>
        <translation>URL di base di SCM</translation>
    </message>
    <message>
        <source>Customer URI</source>
        <translation>Customer URI</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>Plan fingerprint (SHA-256)</source>
        <translation>Impronta del piano (SHA-256)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniziato</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>not finished: %1 of %2 steps done</source>
        <translation>non terminato: %1 di %2 passi completati</translation>
    </message>
    <message>
        <source>Last change of the state</source>
        <translation>Ultima modifica dello stato</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Rapporto scritto</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 da %2</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>L&apos;esecuzione</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created or adopted</source>
        <translation>Creato o adottato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Details and dates</source>
        <translation>Dettagli e date</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>REST enrolment of client certificates switched on; recorded %1</source>
        <translation>Iscrizione REST dei certificati client attivata; registrata il %1</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dipartimento</translation>
    </message>
    <message>
        <source>checked from %1</source>
        <translation>verificata dal %1</translation>
    </message>
    <message>
        <source>validated by %1</source>
        <translation>validata entro il %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>scade il %1</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
    <message>
        <source>level not known (no plan)</source>
        <translation>livello non noto (nessun piano)</translation>
    </message>
    <message>
        <source>requested by this onboarding</source>
        <translation>richiesta da questa configurazione</translation>
    </message>
    <message>
        <source>DCV method %1</source>
        <translation>metodo DCV %1</translation>
    </message>
    <message>
        <source>DCV of the registered domain %1</source>
        <translation>DCV del dominio registrato %1</translation>
    </message>
    <message>
        <source>validation mail to %1</source>
        <translation>e-mail di validazione a %1</translation>
    </message>
    <message>
        <source>delegated for S/MIME and validated by %1</source>
        <translation>delegato per S/MIME e validato entro il %1</translation>
    </message>
    <message>
        <source>DCV expires %1</source>
        <translation>la DCV scade il %1</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>ruolo %1</translation>
    </message>
    <message>
        <source>privileges %1</source>
        <translation>privilegi %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>e-mail %1</translation>
    </message>
    <message>
        <source>role and privileges not known (no plan)</source>
        <translation>ruolo e privilegi non noti (nessun piano)</translation>
    </message>
    <message>
        <source>API only (privilege wsApiUseOnly) since %1</source>
        <translation>solo API (privilegio wsApiUseOnly) dal %1</translation>
    </message>
    <message>
        <source>API only (type API) since %1</source>
        <translation>solo API (tipo API) dal %1</translation>
    </message>
    <message>
        <source>not API-only yet</source>
        <translation>non ancora limitato all&apos;API</translation>
    </message>
    <message>
        <source>Operator (the gateway&apos;s SCM admin)</source>
        <translation>Operatore (l&apos;amministratore SCM del gateway)</translation>
    </message>
    <message>
        <source>S/MIME profile</source>
        <translation>Profilo S/MIME</translation>
    </message>
    <message>
        <source>offered by SCM</source>
        <translation>offerto da SCM</translation>
    </message>
    <message>
        <source>term %1 days</source>
        <translation>durata %1 giorni</translation>
    </message>
    <message>
        <source>Created or adopted in SCM</source>
        <translation>Creati o adottati in SCM</translation>
    </message>
    <message>
        <source>None of the operator&apos;s stored passwords worked: the admin set a new temporary password for %1 over the API.</source>
        <translation>Nessuna delle password memorizzate dell&apos;operatore funzionava: l&apos;amministratore ha impostato una nuova password temporanea per %1 tramite l&apos;API.</translation>
    </message>
    <message>
        <source>Waiting for a person: the operator %1 must log in once at %2 with the temporary password and set the new password mpki-setup generated. This has not been confirmed yet.</source>
        <translation>In attesa di una persona: l&apos;operatore %1 deve accedere una volta su %2 con la password temporanea e impostare la nuova password generata da mpki-setup. Ciò non è ancora stato confermato.</translation>
    </message>
    <message>
        <source>The operator %1 logged in once at SCM&apos;s web interface (%2) and set the password mpki-setup generated, because SCM refused the temporary password over the API (refused %3). mpki-setup confirmed the new password on %4.</source>
        <translation>L&apos;operatore %1 ha effettuato una volta l&apos;accesso all&apos;interfaccia web di SCM (%2) e ha impostato la password generata da mpki-setup, perché SCM ha rifiutato la password temporanea tramite l&apos;API (rifiutata il %3). mpki-setup ha confermato la nuova password il %4.</translation>
    </message>
    <message>
        <source>The operator&apos;s temporary password was changed over the API (%1): no web login was needed.</source>
        <translation>La password temporanea dell&apos;operatore è stata cambiata tramite l&apos;API (%1): non è stato necessario alcun accesso web.</translation>
    </message>
    <message>
        <source>No password change was needed: the operator %1 signed in with its stored password.</source>
        <translation>Non è stato necessario alcun cambio di password: l&apos;operatore %1 ha effettuato l&apos;accesso con la propria password memorizzata.</translation>
    </message>
    <message>
        <source>The operator&apos;s password step has not run yet.</source>
        <translation>Il passo della password dell&apos;operatore non è ancora stato eseguito.</translation>
    </message>
    <message>
        <source>Still by hand after this report: the MPKI → Sectigo form on the gateway and the organisation&apos;s default profile in SCM (the values sheet lists both; &quot;mpki-setup export --sheet&quot; writes it).</source>
        <translation>Ancora da fare a mano dopo questo rapporto: il modulo MPKI → Sectigo sul gateway e il profilo predefinito dell&apos;organizzazione in SCM (il foglio dei valori li elenca entrambi; &quot;mpki-setup export --sheet&quot; lo scrive).</translation>
    </message>
    <message>
        <source>Done by hand</source>
        <translation>Fatto a mano</translation>
    </message>
    <message>
        <source>Password of the admin: not recorded yet.</source>
        <translation>Password dell&apos;amministratore: non ancora registrata.</translation>
    </message>
    <message>
        <source>Password of the operator: not recorded yet.</source>
        <translation>Password dell&apos;operatore: non ancora registrata.</translation>
    </message>
    <message>
        <source>Password of the admin %1: does not expire (%2, checked %3).</source>
        <translation>Password dell&apos;amministratore %1: non scade (%2, verificata il %3).</translation>
    </message>
    <message>
        <source>Password of the operator %1: does not expire (%2, checked %3).</source>
        <translation>Password dell&apos;operatore %1: non scade (%2, verificata il %3).</translation>
    </message>
    <message>
        <source>Password of the admin %1: expires on %2 (%3, checked %4).</source>
        <translation>Password dell&apos;amministratore %1: scade il %2 (%3, verificata il %4).</translation>
    </message>
    <message>
        <source>Password of the operator %1: expires on %2 (%3, checked %4). The gateway stops getting certificates that day unless a new password is set in SCM and on the gateway before.</source>
        <translation>Password dell&apos;operatore %1: scade il %2 (%3, verificata il %4). Da quel giorno il gateway non riceve più certificati, a meno che prima non venga impostata una nuova password in SCM e sul gateway.</translation>
    </message>
    <message>
        <source>Organisation validation: SCM reported no expiry date.</source>
        <translation>Validazione dell&apos;organizzazione: SCM non ha indicato alcuna data di scadenza.</translation>
    </message>
    <message>
        <source>Organisation validation: expires on %1.</source>
        <translation>Validazione dell&apos;organizzazione: scade il %1.</translation>
    </message>
    <message>
        <source>DCV of %1: SCM reported no expiry date.</source>
        <translation>DCV di %1: SCM non ha indicato alcuna data di scadenza.</translation>
    </message>
    <message>
        <source>DCV of %1: expires on %2.</source>
        <translation>DCV di %1: scade il %2.</translation>
    </message>
    <message>
        <source>&quot;mpki-setup status&quot; shows the password expiry dates again; run it before they pass.</source>
        <translation>&quot;mpki-setup status&quot; mostra di nuovo le date di scadenza delle password; eseguirlo prima che siano superate.</translation>
    </message>
    <message>
        <source>Expiry dates that matter</source>
        <translation>Date di scadenza importanti</translation>
    </message>
    <message>
        <source>The gateway&apos;s values</source>
        <translation>I valori del gateway</translation>
    </message>
    <message>
        <source>Not assembled yet: the connector step has not run.</source>
        <translation>Non ancora raccolti: il passo del connettore non è stato eseguito.</translation>
    </message>
    <message>
        <source>MPKI type</source>
        <translation>Tipo MPKI</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>not in this report (kept in the secret store; &quot;mpki-setup export&quot; hands it over)</source>
        <translation>non in questo rapporto (conservata nell&apos;archivio dei segreti; &quot;mpki-setup export&quot; la consegna)</translation>
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
        <translation>Tipo di certificato</translation>
    </message>
    <message>
        <source>ID %1, term %2 days</source>
        <translation>ID %1, durata %2 giorni</translation>
    </message>
    <message>
        <source>%1 (ID %2), term %3 days</source>
        <translation>%1 (ID %2), durata %3 giorni</translation>
    </message>
    <message>
        <source>Full name regex</source>
        <translation>Regex del nome completo</translation>
    </message>
    <message>
        <source>Renewal (days before expiry)</source>
        <translation>Rinnovo (giorni prima della scadenza)</translation>
    </message>
    <message>
        <source>Managed domains</source>
        <translation>Domini gestiti</translation>
    </message>
    <message>
        <source>Gateway REST API</source>
        <translation>API REST del gateway</translation>
    </message>
    <message>
        <source>Checked on the gateway</source>
        <translation>Verificato sul gateway</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>The steps</source>
        <translation>I passi</translation>
    </message>
    <message>
        <source>Changes sent to SCM</source>
        <translation>Modifiche inviate a SCM</translation>
    </message>
    <message>
        <source>The journal of the run is missing: the changes cannot be listed.</source>
        <translation>Il registro dell&apos;esecuzione manca: le modifiche non possono essere elencate.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Created ID</source>
        <translation>ID creato</translation>
    </message>
    <message>
        <source>sent; no answer recorded</source>
        <translation>inviata; nessuna risposta registrata</translation>
    </message>
    <message>
        <source>done (HTTP %1)</source>
        <translation>eseguita (HTTP %1)</translation>
    </message>
    <message>
        <source>refused (HTTP %1)</source>
        <translation>rifiutata (HTTP %1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>None: everything existed already.</source>
        <translation>Nessuna: esisteva già tutto.</translation>
    </message>
    <message>
        <source>For the change record. This report holds no password, token or passphrase.</source>
        <translation>Per la documentazione delle modifiche. Questo rapporto non contiene password, token né passphrase.</translation>
    </message>
    <message>
        <source>The report %1 must end in .pdf or .html.</source>
        <translation>Il rapporto %1 deve terminare con .pdf o .html.</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>The “Operator” user of the SEPPmail MPKI interface.</source>
        <translation>L&apos;utente «Operator» dell&apos;interfaccia MPKI di SEPPmail.</translation>
    </message>
    <message>
        <source>&amp;Login *:</source>
        <translation>&amp;Login dell&apos;operatore *:</translation>
    </message>
    <message>
        <source>Operator login</source>
        <translation>Login dell&apos;operatore</translation>
    </message>
    <message>
        <source>&amp;E-mail *:</source>
        <translation>Indirizzo &amp;e-mail *:</translation>
    </message>
    <message>
        <source>Operator e-mail address</source>
        <translation>Indirizzo e-mail dell&apos;operatore</translation>
    </message>
    <message>
        <source>&amp;First name *:</source>
        <translation>&amp;Nome *:</translation>
    </message>
    <message>
        <source>Operator first name</source>
        <translation>Nome dell&apos;operatore</translation>
    </message>
    <message>
        <source>&amp;Surname *:</source>
        <translation>Co&amp;gnome *:</translation>
    </message>
    <message>
        <source>Operator surname</source>
        <translation>Cognome dell&apos;operatore</translation>
    </message>
    <message>
        <source>Operator role</source>
        <translation>Ruolo dell&apos;operatore</translation>
    </message>
    <message>
        <source>RAO admin of the organisation (S/MIME)</source>
        <translation>Amministratore RAO dell&apos;organizzazione (S/MIME)</translation>
    </message>
    <message>
        <source>DRAO admin of the department (S/MIME)</source>
        <translation>Amministratore DRAO del dipartimento (S/MIME)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Questo campo è obbligatorio.</translation>
    </message>
    <message>
        <source>Look for the admin “%1”; create it only when it does not exist, with a generated start password kept in the keychain.</source>
        <translation>Cercare l&apos;amministratore «%1»; crearlo solo se non esiste, con una password iniziale generata e conservata nel portachiavi.</translation>
    </message>
    <message>
        <source>A DRAO admin needs a department: go back to the organisation page and name one.</source>
        <translation>Un amministratore DRAO richiede un dipartimento: tornare alla pagina dell&apos;organizzazione e indicarne uno.</translation>
    </message>
    <message>
        <source>Role DRAO on the department “%1”, certificate type Client Certificates.</source>
        <translation>Ruolo DRAO sul dipartimento «%1», tipo di certificato Client Certificates.</translation>
    </message>
    <message>
        <source>Role RAO on the organisation, certificate type Client Certificates.</source>
        <translation>Ruolo RAO sull&apos;organizzazione, tipo di certificato Client Certificates.</translation>
    </message>
    <message>
        <source>“WS API use only” is NOT set yet: the operator must log in once first.</source>
        <translation>«WS API use only» NON è ancora impostato: l&apos;operatore deve prima accedere una volta.</translation>
    </message>
    <message>
        <source>Create the &amp;operator</source>
        <translation>Creare l&apos;&amp;operatore</translation>
    </message>
    <message>
        <source>RAO: an administrator of one organisation; DRAO: of one department of it. The gateway&apos;s operator needs only the right to request S/MIME certificates there.</source>
        <translation>RAO: amministratore di un&apos;organizzazione; DRAO: di un suo reparto. L&apos;operatore del gateway ha bisogno solo del diritto di richiedere certificati S/MIME.</translation>
    </message>
</context>
<context>
    <name>OperatorPasswordRotation</name>
    <message>
        <source>The secret store holds no password of the operator %1 (another machine, or a new keychain). The MRAO admin can set a new one; the gateway&apos;s configured password stops working then.</source>
        <translation>L&apos;archivio dei segreti non contiene alcuna password dell&apos;operatore %1 (un altro computer o un nuovo portachiavi). L&apos;amministratore MRAO può impostarne una nuova; in tal caso la password configurata sul gateway smette di funzionare.</translation>
    </message>
    <message>
        <source>SCM refuses every password the secret store holds for the operator %1 (changed elsewhere, or reset). If it was changed elsewhere, rotate there; otherwise the MRAO admin can set a new one, and the gateway&apos;s configured password stops working then.</source>
        <translation>SCM rifiuta tutte le password che l&apos;archivio dei segreti contiene per l&apos;operatore %1 (cambiata altrove o reimpostata). Se è stata cambiata altrove, eseguire lì il cambio della password; altrimenti l&apos;amministratore MRAO può impostarne una nuova, e in tal caso la password configurata sul gateway smette di funzionare.</translation>
    </message>
    <message>
        <source>SCM knows no admin %1.</source>
        <translation>SCM non conosce alcun amministratore %1.</translation>
    </message>
    <message>
        <source>No random password could be made.</source>
        <translation>Non è stato possibile generare una password casuale.</translation>
    </message>
    <message>
        <source>The MRAO admin could not set a new password: %1</source>
        <translation>L&apos;amministratore MRAO non ha potuto impostare una nuova password: %1</translation>
    </message>
    <message>
        <source>The new password could not be kept, so it was not set: %1</source>
        <translation>Non è stato possibile conservare la nuova password, quindi non è stata impostata: %1</translation>
    </message>
    <message>
        <source>SCM did not answer the password change (%1). Run the rotation again: it tries the old and the new password and keeps the one that works.</source>
        <translation>SCM non ha risposto al cambio di password (%1). Eseguire di nuovo il cambio della password: prova la vecchia e la nuova password e mantiene quella che funziona.</translation>
    </message>
    <message>
        <source>SCM does not let the operator change the password the admin set over the API: it wants the change in its web interface, which an API-only admin cannot sign in to. The temporary password is kept in the keychain. Make the operator a standard admin in SCM, then run mpki-setup run --only password,api-only: it shows the web address and the passwords.</source>
        <translation>SCM non consente all&apos;operatore di cambiare tramite l&apos;API la password impostata dall&apos;amministratore: richiede il cambio nella sua interfaccia web, a cui un amministratore solo API non può accedere. La password temporanea è conservata nel portachiavi. Rendere l&apos;operatore un amministratore standard in SCM, poi eseguire mpki-setup run --only password,api-only: mostra l&apos;indirizzo web e le password.</translation>
    </message>
    <message>
        <source>SCM refused the new password: %1</source>
        <translation>SCM ha rifiutato la nuova password: %1</translation>
    </message>
    <message>
        <source>SCM refused the operator&apos;s own password change: %1. The MRAO admin can set a new one; the gateway&apos;s configured password stops working then.</source>
        <translation>SCM ha rifiutato il cambio di password eseguito dall&apos;operatore stesso: %1. L&apos;amministratore MRAO può impostarne una nuova; in tal caso la password configurata sul gateway smette di funzionare.</translation>
    </message>
    <message>
        <source>SCM took the new password, but the secret store could not keep it as the current one (%1). It is still kept as the pending one: run the rotation again.</source>
        <translation>SCM ha accettato la nuova password, ma l&apos;archivio dei segreti non ha potuto conservarla come quella attuale (%1). È ancora conservata come password in sospeso: eseguire di nuovo il cambio della password.</translation>
    </message>
    <message>
        <source>An earlier rotation had set the operator&apos;s new password; it is now kept as the current one.</source>
        <translation>Un cambio di password precedente aveva impostato la nuova password dell&apos;operatore; ora è conservata come quella attuale.</translation>
    </message>
    <message>
        <source>The operator %1 has a new password; the old one no longer works.</source>
        <translation>L&apos;operatore %1 ha una nuova password; quella vecchia non funziona più.</translation>
    </message>
</context>
<context>
    <name>OperatorStep</name>
    <message>
        <source>Looking up the operator %1</source>
        <translation>Ricerca dell&apos;operatore %1</translation>
    </message>
    <message>
        <source>Reading the operator %1</source>
        <translation>Lettura dell&apos;operatore %1</translation>
    </message>
    <message>
        <source>The admin %1 exists already but is not %2 of the organisation (id %3); it has: %4. Give it that role in SCM, or choose another operator login in the plan.</source>
        <translation>L&apos;amministratore %1 esiste già ma non è %2 dell&apos;organizzazione (ID %3); ha: %4. Assegnargli quel ruolo in SCM, oppure scegliere un altro login per l&apos;operatore nel piano.</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>nessun ruolo</translation>
    </message>
    <message>
        <source>Adding the privileges %1 to the existing operator %2</source>
        <translation>Aggiunta dei privilegi %1 all&apos;operatore esistente %2</translation>
    </message>
    <message>
        <source>Adding the operator&apos;s privileges</source>
        <translation>Aggiunta dei privilegi dell&apos;operatore</translation>
    </message>
    <message>
        <source>Reading the privileges of %1</source>
        <translation>Lettura dei privilegi di %1</translation>
    </message>
    <message>
        <source>operator.privileges: SCM does not let this admin give %1 the privileges %2 (possible: %3).</source>
        <translation>operator.privileges: SCM non consente a questo amministratore di assegnare a %1 i privilegi %2 (possibili: %3).</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: no password could be generated.</source>
        <translation>La sorgente casuale del sistema non ha funzionato: non è stato possibile generare alcuna password.</translation>
    </message>
    <message>
        <source>Creating the operator %1 (%2) with a temporary password kept in the secret store</source>
        <translation>Creazione dell&apos;operatore %1 (%2) con una password temporanea conservata nell&apos;archivio dei segreti</translation>
    </message>
    <message>
        <source>Creating the operator</source>
        <translation>Creazione dell&apos;operatore</translation>
    </message>
    <message>
        <source>Reading the operator back</source>
        <translation>Rilettura dell&apos;operatore</translation>
    </message>
    <message>
        <source>SCM does not show the operator %1 as %2.</source>
        <translation>SCM non mostra l&apos;operatore %1 come %2.</translation>
    </message>
    <message>
        <source>SCM does not show the privilege %1 on the operator %2.</source>
        <translation>SCM non mostra il privilegio %1 sull&apos;operatore %2.</translation>
    </message>
    <message>
        <source>Created the operator %1 (id %2, %3 on organisation %4).</source>
        <translation>Operatore %1 creato (ID %2, %3 sull&apos;organizzazione %4).</translation>
    </message>
    <message>
        <source>Adopted the operator %1 (id %2, %3 on organisation %4).</source>
        <translation>Operatore %1 adottato (ID %2, %3 sull&apos;organizzazione %4).</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>The organisation that will own the domains and the operator.</source>
        <translation>L&apos;organizzazione a cui apparterranno i domini e l&apos;operatore.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nome dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>&amp;Address *:</source>
        <translation>&amp;Indirizzo *:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;CAP:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ittà:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>&amp;State or province:</source>
        <translation>Ca&amp;ntone o provincia:</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Cantone o provincia</translation>
    </message>
    <message>
        <source>Co&amp;untry (two letters) *:</source>
        <translation>Pa&amp;ese (due lettere) *:</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Codice del paese</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Dipartimento:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dipartimento</translation>
    </message>
    <message>
        <source>Only when the operator is a DRAO admin</source>
        <translation>Solo se l&apos;operatore è un amministratore DRAO</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation>Il nome dell&apos;organizzazione è obbligatorio.</translation>
    </message>
    <message>
        <source>The address is required.</source>
        <translation>L&apos;indirizzo è obbligatorio.</translation>
    </message>
    <message>
        <source>The country is required (ISO code, e.g. CH).</source>
        <translation>Il paese è obbligatorio (codice ISO, ad es. CH).</translation>
    </message>
    <message>
        <source>Look for the organisation “%1” in the Certificate Manager; create it only when it does not exist (an existing one is adopted, its details are left as they are).</source>
        <translation>Cercare l&apos;organizzazione «%1» nel Certificate Manager; crearla solo se non esiste (una esistente viene adottata, i suoi dati restano invariati).</translation>
    </message>
    <message>
        <source>Switch on REST enrolment for client certificates (the procedure&apos;s “Web API”).</source>
        <translation>Attivare l&apos;iscrizione REST per i certificati client (la «Web API» della procedura).</translation>
    </message>
    <message>
        <source>Create or adopt the department “%1” below it.</source>
        <translation>Creare o adottare il dipartimento «%1» al di sotto.</translation>
    </message>
    <message>
        <source>Not possible over the API: the organisation&apos;s “Default profile” and the legacy “Secret Key” — see the values sheet at the end.</source>
        <translation>Non possibile tramite l&apos;API: il «Default profile» dell&apos;organizzazione e la vecchia «Secret Key» — vedere il foglio dei valori alla fine.</translation>
    </message>
    <message>
        <source>&amp;Create the organisation</source>
        <translation>&amp;Creare l&apos;organizzazione</translation>
    </message>
    <message>
        <source>Na&amp;me *:</source>
        <translation>No&amp;me *:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>Ragione &amp;sociale:</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>As in the trade register; empty: the name above</source>
        <translation>Come nel registro di commercio; se vuoto: il nome sopra</translation>
    </message>
    <message>
        <source>Organisation identi&amp;fier *:</source>
        <translation>Iden&amp;tificativo dell&apos;organizzazione *:</translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation>Identificativo dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>e.g. NTRCH-CHE-123.456.789 (register, country, number)</source>
        <translation>ad es. NTRCH-CHE-123.456.789 (registro, paese, numero)</translation>
    </message>
    <message>
        <source>Sectigo checks the organisation against this register entry for the OV (organisation-validated) S/MIME certificates: NTR (trade register), VAT, LEI, GOV or INT, the country and the number.</source>
        <translation>Per i certificati S/MIME OV (con organizzazione validata), Sectigo verifica l&apos;organizzazione in base a questa iscrizione nel registro: NTR (registro di commercio), VAT, LEI, GOV o INT, il paese e il numero.</translation>
    </message>
    <message>
        <source>Enter the city, or the state or province: the Certificate Manager needs one of them.</source>
        <translation>Indichi la località, oppure il cantone o la provincia: il Certificate Manager ne ha bisogno di uno.</translation>
    </message>
    <message>
        <source>Pre&amp;view the changes…</source>
        <translation>Mostrare l&apos;ante&amp;prima delle modifiche…</translation>
    </message>
    <message>
        <source>Reads what exists in the Certificate Manager and lists what the run would create, adopt or update, without changing anything.</source>
        <translation>Legge ciò che esiste nel Certificate Manager ed elenca ciò che l&apos;esecuzione creerebbe, adotterebbe o aggiornerebbe, senza modificare nulla.</translation>
    </message>
</context>
<context>
    <name>OrganizationStep</name>
    <message>
        <source>Listing the organisations</source>
        <translation>Elenco delle organizzazioni</translation>
    </message>
    <message>
        <source>Creating the organisation &apos;%1&apos;</source>
        <translation>Creazione dell&apos;organizzazione &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Creating the organisation</source>
        <translation>Creazione dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Creating the department &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>Creazione del dipartimento &apos;%1&apos; di &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Creating the department</source>
        <translation>Creazione del dipartimento</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos;</source>
        <translation>Lettura di &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Switching on REST/API enrolment of client certificates for &apos;%1&apos; (nothing else is changed)</source>
        <translation>Attivazione dell&apos;iscrizione REST/API dei certificati client per &apos;%1&apos; (nient&apos;altro viene modificato)</translation>
    </message>
    <message>
        <source>Enabling the REST API for &apos;%1&apos;</source>
        <translation>Attivazione dell&apos;API REST per &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Reading the organisation back</source>
        <translation>Rilettura dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>SCM still shows REST/API enrolment off for &apos;%1&apos;.</source>
        <translation>SCM mostra ancora l&apos;iscrizione REST/API disattivata per &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Created the organisation &apos;%1&apos; (id %2).</source>
        <translation>Organizzazione &apos;%1&apos; creata (ID %2).</translation>
    </message>
    <message>
        <source>Adopted the existing organisation &apos;%1&apos; (id %2).</source>
        <translation>Organizzazione esistente &apos;%1&apos; adottata (ID %2).</translation>
    </message>
    <message>
        <source>Created the department &apos;%1&apos; (id %2).</source>
        <translation>Dipartimento &apos;%1&apos; creato (ID %2).</translation>
    </message>
    <message>
        <source>Adopted the department &apos;%1&apos; (id %2).</source>
        <translation>Dipartimento &apos;%1&apos; adottato (ID %2).</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&amp;Run the selected step again</source>
        <translation>&amp;Eseguire di nuovo il passo selezionato</translation>
    </message>
    <message>
        <source>Step overview</source>
        <translation>Panoramica dei passi</translation>
    </message>
    <message>
        <source>Where the onboarding stands. Select a step and run it again when something changed: steps look for what exists first, so nothing is created twice.</source>
        <translation>Lo stato della configurazione. Selezionare un passo ed eseguirlo di nuovo quando qualcosa è cambiato: i passi cercano prima ciò che esiste, quindi nulla viene creato due volte.</translation>
    </message>
    <message>
        <source>Run the selected step again</source>
        <translation>Eseguire di nuovo il passo selezionato</translation>
    </message>
    <message>
        <source>The operator password&apos;s expiry is not known yet (the verification records it).</source>
        <translation>La scadenza della password dell&apos;operatore non è ancora nota (la verifica la registra).</translation>
    </message>
    <message>
        <source>The password of the operator “%1” does not expire (%2).</source>
        <translation>La password dell&apos;operatore «%1» non scade (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The password of the operator “%1” expires on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>La password dell&apos;operatore «%1» scade il %2 (tra %n giorno).</numerusform>
            <numerusform>La password dell&apos;operatore «%1» scade il %2 (tra %n giorni).</numerusform>
        </translation>
    </message>
    <message>
        <source>Change it soon, and enter the new one on the gateway.</source>
        <translation>Cambiarla presto e inserire quella nuova sul gateway.</translation>
    </message>
    <message>
        <source>All nine steps are done. The gateway&apos;s values are on the connector page.</source>
        <translation>Tutti i nove passi sono completati. I valori del gateway si trovano nella pagina del connettore.</translation>
    </message>
    <message>
        <source>%1 of 9 steps done.</source>
        <translation>%1 di 9 passi completati.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In corso…</translation>
    </message>
    <message>
        <source>Connect first (the connection page) to run a step.</source>
        <translation>Connettersi prima (pagina della connessione) per eseguire un passo.</translation>
    </message>
    <message>
        <source>&amp;Save the onboarding report…</source>
        <translation>&amp;Salvare il rapporto di configurazione…</translation>
    </message>
    <message>
        <source>Check the connection&apos;s &amp;health…</source>
        <translation>&amp;Verificare l&apos;integrità della connessione…</translation>
    </message>
    <message>
        <source>Save the onboarding report</source>
        <translation>Salvare il rapporto di configurazione</translation>
    </message>
    <message>
        <source>One document for the change record: what was created or adopted in SCM, what was done by hand and the expiry dates. It holds no password.</source>
        <translation>Un unico documento per la documentazione delle modifiche: ciò che è stato creato o adottato in SCM, ciò che è stato fatto a mano e le date di scadenza. Non contiene alcuna password.</translation>
    </message>
    <message>
        <source>Check the connection&apos;s health</source>
        <translation>Verificare l&apos;integrità della connessione</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Is the gateway&apos;s connection to SCM still good, and for how long?</source>
        <translation>La connessione del gateway a SCM funziona ancora, e per quanto tempo?</translation>
    </message>
</context>
<context>
    <name>OwnerOnlyFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>cannot restrict the file to its owner (%1)</source>
        <translation>impossibile limitare il file al suo proprietario (%1)</translation>
    </message>
    <message>
        <source>the new file is readable by others; not writing into it</source>
        <translation>il nuovo file è leggibile da altri; non vi viene scritto nulla</translation>
    </message>
    <message>
        <source>the write was abandoned</source>
        <translation>la scrittura è stata abbandonata</translation>
    </message>
    <message>
        <source>it is a symbolic link; not writing through it</source>
        <translation>è un collegamento simbolico; non si scrive attraverso di esso</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Change the password at the Certificate Manager</source>
        <translation>Cambiare la password nel Certificate Manager</translation>
    </message>
    <message>
        <source>Certificate Manager login address</source>
        <translation>Indirizzo di accesso del Certificate Manager</translation>
    </message>
    <message>
        <source>&amp;Open the login page</source>
        <translation>Aprire la &amp;pagina di accesso</translation>
    </message>
    <message>
        <source>Operator login</source>
        <translation>Login dell&apos;operatore</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Password temporanea</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>&amp;Play the person&apos;s part</source>
        <translation>&amp;Simulare la persona</translation>
    </message>
    <message>
        <source>The operator&apos;s one-time password change.</source>
        <translation>Il cambio unico della password dell&apos;operatore.</translation>
    </message>
    <message>
        <source>Demo only: the simulator&apos;s person logs in and sets the new password.</source>
        <translation>Solo demo: la persona del simulatore accede e imposta la nuova password.</translation>
    </message>
    <message>
        <source>Login &amp;address:</source>
        <translation>Indiri&amp;zzo di accesso:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login dell&apos;operatore:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Password &amp;temporanea:</translation>
    </message>
    <message>
        <source>N&amp;ew password:</source>
        <translation>&amp;Nuova password:</translation>
    </message>
    <message>
        <source>No browser could be started: copy the address into one.</source>
        <translation>Non è stato possibile avviare un browser: copiarvi l&apos;indirizzo manualmente.</translation>
    </message>
    <message>
        <source>The simulated person logs in and changes the password…</source>
        <translation>La persona simulata accede e cambia la password…</translation>
    </message>
    <message>
        <source>Done: %1 Waiting for the Certificate Manager to accept the new password.</source>
        <translation>Fatto: %1 In attesa che il Certificate Manager accetti la nuova password.</translation>
    </message>
    <message>
        <source>Generate a new password for “%1” and keep it in the keychain before it is set.</source>
        <translation>Generare una nuova password per «%1» e conservarla nel portachiavi prima di impostarla.</translation>
    </message>
    <message>
        <source>Change the temporary password over the API as the operator; if the Certificate Manager refuses, you do it once at its login page with the values shown here.</source>
        <translation>Cambiare la password temporanea tramite l&apos;API come operatore; se il Certificate Manager rifiuta, occorre farlo una volta nella sua pagina di accesso con i valori mostrati qui.</translation>
    </message>
    <message>
        <source>Check that the new password works.</source>
        <translation>Verificare che la nuova password funzioni.</translation>
    </message>
    <message>
        <source>C&amp;hange the password</source>
        <translation>Ca&amp;mbiare la password</translation>
    </message>
    <message>
        <source>I have &amp;set the new password</source>
        <translation>&amp;Ho impostato la nuova password</translation>
    </message>
    <message>
        <source>The Certificate Manager does not let the new operator change its start password over the API. Please do it once in the web interface: open the login page, log in as the operator with the temporary password, click the user name at the top right, choose “My Profile”, under “Password” click “Change”, enter the old password once and the new one below twice, and confirm with “Save”. Then log out. Use exactly the new password shown here: the gateway will use it. Then click “I have set the new password”: until then the wizard looks only a few times an hour, because each look before the change is a login the Certificate Manager refuses, and it may lock the operator after several.</source>
        <translation>Il Certificate Manager non consente al nuovo operatore di cambiare la sua password iniziale tramite l&apos;API. Farlo una volta nell&apos;interfaccia web: aprire la pagina di accesso, accedere come operatore con la password temporanea, fare clic sul nome utente in alto a destra, scegliere «My Profile», sotto «Password» fare clic su «Change», inserire una volta la vecchia password e due volte quella nuova sotto, e confermare con «Save». Poi disconnettersi. Usare esattamente la nuova password mostrata qui: è quella che userà il gateway. Poi fare clic su «Ho impostato la nuova password»: fino ad allora la procedura guidata controlla solo poche volte all&apos;ora, perché ogni controllo prima del cambio è un accesso che il Certificate Manager rifiuta, e dopo alcuni potrebbe bloccare l&apos;operatore.</translation>
    </message>
    <message>
        <source>Checking whether the new password works…</source>
        <translation>Verifica del funzionamento della nuova password…</translation>
    </message>
</context>
<context>
    <name>PasswordStep</name>
    <message>
        <source>Signing in as the operator</source>
        <translation>Accesso come operatore</translation>
    </message>
    <message>
        <source>The operator %1 signs in with its own password (kept in the secret store).</source>
        <translation>L&apos;operatore %1 accede con la propria password (conservata nell&apos;archivio dei segreti).</translation>
    </message>
    <message>
        <source>Changing the operator&apos;s temporary password over the API</source>
        <translation>Cambio della password temporanea dell&apos;operatore tramite l&apos;API</translation>
    </message>
    <message>
        <source>Changing the operator&apos;s password</source>
        <translation>Cambio della password dell&apos;operatore</translation>
    </message>
    <message>
        <source>Signing in with the new password</source>
        <translation>Accesso con la nuova password</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: no password could be generated.</source>
        <translation>La sorgente casuale del sistema non ha funzionato: non è stato possibile generare alcuna password.</translation>
    </message>
    <message>
        <source>None of the operator&apos;s stored passwords works, and only an MRAO admin can set a new one. Ask an MRAO to reset the password of %1, or run this step as an MRAO admin.</source>
        <translation>Nessuna delle password memorizzate dell&apos;operatore funziona, e solo un amministratore MRAO può impostarne una nuova. Chiedere a un MRAO di reimpostare la password di %1, oppure eseguire questo passo come amministratore MRAO.</translation>
    </message>
    <message>
        <source>None of the operator&apos;s stored passwords works: the MRAO admin sets a new temporary one</source>
        <translation>Nessuna delle password memorizzate dell&apos;operatore funziona: l&apos;amministratore MRAO imposta una nuova password temporanea</translation>
    </message>
    <message>
        <source>Resetting the operator&apos;s password</source>
        <translation>Reimpostazione della password dell&apos;operatore</translation>
    </message>
    <message>
        <source>SCM does not accept the operator&apos;s temporary password over the API. Log in at %1 as %2 with the temporary password and set the new password shown to you (it is kept in the secret store, never logged). mpki-setup checks until the new password works, and again at its next start.</source>
        <translation>SCM non accetta la password temporanea dell&apos;operatore tramite l&apos;API. Accedere su %1 come %2 con la password temporanea e impostare la nuova password mostrata (è conservata nell&apos;archivio dei segreti, mai registrata nei log). mpki-setup verifica finché la nuova password funziona, e di nuovo al suo prossimo avvio.</translation>
    </message>
    <message>
        <source>The secret store holds no working password of the operator %1 (another machine, or a new keychain?). Resetting it through the MRAO admin makes the gateway&apos;s configured password stop working. To set a new one anyway, run again with --reset-operator-password (in the wizard: confirm the reset), then give the gateway the new connector values.</source>
        <translation>L&apos;archivio dei segreti non contiene alcuna password funzionante dell&apos;operatore %1 (un altro computer o un nuovo portachiavi?). Reimpostarla tramite l&apos;amministratore MRAO fa smettere di funzionare la password configurata sul gateway. Per impostarne comunque una nuova, eseguire di nuovo con --reset-operator-password (nella procedura guidata: confermare la reimpostazione), poi fornire al gateway i nuovi valori del connettore.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>an object ({...})</source>
        <translation>un oggetto ({...})</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>un testo tra virgolette</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a list of texts ([&quot;...&quot;, ...])</source>
        <translation>un elenco di testi ([&quot;...&quot;, ...])</translation>
    </message>
    <message>
        <source>The plan&apos;s &quot;%1&quot; must be %2.</source>
        <translation>&quot;%1&quot; del piano deve essere %2.</translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2.</source>
        <translation>Impossibile leggere il piano %1: %2.</translation>
    </message>
    <message>
        <source>(plan)</source>
        <translation>(piano)</translation>
    </message>
    <message>
        <source>The plan %1 is not valid JSON: %2 at line %3, column %4 (offset %5).</source>
        <translation>Il piano %1 non è un JSON valido: %2 alla riga %3, colonna %4 (posizione %5).</translation>
    </message>
    <message>
        <source>The plan %1 must be a JSON object ({...}).</source>
        <translation>Il piano %1 deve essere un oggetto JSON ({...}).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The plan holds a secret (&quot;%1&quot;): a plan never does. Remove it and give the secret through the keychain, an environment variable (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, MPKI_GATEWAY_SECRET) or a --*-file option.</source>
        <translation>Il piano contiene un segreto (&quot;%1&quot;): un piano non deve mai contenerne. Rimuoverlo e fornire il segreto tramite il portachiavi, una variabile d&apos;ambiente (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, MPKI_GATEWAY_SECRET) o un&apos;opzione --*-file.</translation>
    </message>
    <message>
        <source>a list ([...])</source>
        <translation>un elenco ([...])</translation>
    </message>
    <message>
        <source>an object ({&quot;name&quot;: ..., &quot;dcv&quot;: ...}) or a domain name</source>
        <translation>un oggetto ({&quot;name&quot;: ..., &quot;dcv&quot;: ...}) o un nome di dominio</translation>
    </message>
    <message>
        <source>The plan has the key &quot;%1&quot; (at %2), which mpki-setup does not know: it is ignored.</source>
        <translation>Il piano contiene la chiave &quot;%1&quot; (in %2), che mpki-setup non conosce: viene ignorata.</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Forse si intendeva &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The plan may hold a secret in %1: %2. A plan never does: write only the address there (like https://cert-manager.com) and give passwords and tokens through the keychain, an environment variable (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, MPKI_GATEWAY_SECRET) or a --*-file option.</source>
        <translation>Il piano potrebbe contenere un segreto in %1: %2. Un piano non deve mai contenerne: indicarvi solo l&apos;indirizzo (come https://cert-manager.com) e fornire password e token tramite il portachiavi, una variabile d&apos;ambiente (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, MPKI_GATEWAY_SECRET) o un&apos;opzione --*-file.</translation>
    </message>
    <message>
        <source>The plan %1 is larger than %2 KiB; a plan file is a page of JSON.</source>
        <translation>Il piano %1 è più grande di %2 KiB; un file del piano è una pagina di JSON.</translation>
    </message>
    <message>
        <source>The plan %1 is empty: it must be a JSON object ({...}) like resources/examples/demo-plan.json.</source>
        <translation>Il piano %1 è vuoto: deve essere un oggetto JSON ({...}) come resources/examples/demo-plan.json.</translation>
    </message>
    <message>
        <source>The plan %1 is nested too deeply (more than 1024 levels of [ and {); a plan has a few levels only.</source>
        <translation>Il piano %1 è annidato troppo in profondità (più di 1024 livelli di [ e {); un piano ha solo pochi livelli.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Listing the organisations</source>
        <translation>Elenco delle organizzazioni</translation>
    </message>
    <message>
        <source>Reading the admin&apos;s password state</source>
        <translation>Lettura dello stato della password dell&apos;amministratore</translation>
    </message>
    <message>
        <source>The password of the admin %1 has expired: change it in SCM first.</source>
        <translation>La password dell&apos;amministratore %1 è scaduta: cambiarla prima in SCM.</translation>
    </message>
    <message>
        <source>The password of the admin %1 expires on %2: change it in SCM before the run.</source>
        <translation>La password dell&apos;amministratore %1 scade il %2: cambiarla in SCM prima dell&apos;esecuzione.</translation>
    </message>
    <message>
        <source>Looking up the admin %1</source>
        <translation>Ricerca dell&apos;amministratore %1</translation>
    </message>
    <message>
        <source>not listed (an admin sees only the admins it manages)</source>
        <translation>non elencato (un amministratore vede solo gli amministratori che gestisce)</translation>
    </message>
    <message>
        <source>Reading the admin %1</source>
        <translation>Lettura dell&apos;amministratore %1</translation>
    </message>
    <message>
        <source>roles %1; privileges %2</source>
        <translation>ruoli %1; privilegi %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>with REST/API enrolment of client certificates</source>
        <translation>con iscrizione REST/API dei certificati client</translation>
    </message>
    <message>
        <source>offered profiles can be read once the organisation exists</source>
        <translation>i profili offerti sono leggibili solo quando l&apos;organizzazione esiste</translation>
    </message>
    <message>
        <source>Sectigo vets the organisation &apos;%1&apos; by hand (%2 validation): hours to days.</source>
        <translation>Sectigo verifica manualmente l&apos;organizzazione &apos;%1&apos; (validazione %2): da ore a giorni.</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos;</source>
        <translation>Lettura di &apos;%1&apos;</translation>
    </message>
    <message>
        <source>exists (id %1)</source>
        <translation>esiste (ID %1)</translation>
    </message>
    <message>
        <source>switch on REST/API enrolment of client certificates</source>
        <translation>attivare l&apos;iscrizione REST/API dei certificati client</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s validations</source>
        <translation>Lettura delle validazioni dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Sectigo vets the organisation by hand (%1 validation): hours to days.</source>
        <translation>Sectigo verifica manualmente l&apos;organizzazione (validazione %1): da ore a giorni.</translation>
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
        <translation>Sectigo ha rifiutato la validazione %1 dell&apos;organizzazione: %2</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(nessun motivo indicato)</translation>
    </message>
    <message>
        <source>ask Sectigo to validate again</source>
        <translation>chiedere a Sectigo di validare di nuovo</translation>
    </message>
    <message>
        <source>Sectigo vets the organisation again (%1 validation).</source>
        <translation>Sectigo verifica di nuovo l&apos;organizzazione (validazione %1).</translation>
    </message>
    <message>
        <source>%1 (id %2): waiting for Sectigo</source>
        <translation>%1 (ID %2): in attesa di Sectigo</translation>
    </message>
    <message>
        <source>Sectigo is vetting the organisation (%1 validation).</source>
        <translation>Sectigo sta verificando l&apos;organizzazione (validazione %1).</translation>
    </message>
    <message>
        <source>Reading the S/MIME profiles</source>
        <translation>Lettura dei profili S/MIME</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>non offerto</translation>
    </message>
    <message>
        <source>SCM does not offer the S/MIME profile &apos;%1&apos; to the organisation (offered: %2).</source>
        <translation>SCM non offre all&apos;organizzazione il profilo S/MIME &apos;%1&apos; (offerti: %2).</translation>
    </message>
    <message>
        <source>offered, but not for %1 days</source>
        <translation>offerto, ma non per %1 giorni</translation>
    </message>
    <message>
        <source>The S/MIME profile &apos;%1&apos; is not offered for %2 days (terms: %3).</source>
        <translation>Il profilo S/MIME &apos;%1&apos; non è offerto per %2 giorni (durate: %3).</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>offerto</translation>
    </message>
    <message>
        <source>Looking up the domain %1</source>
        <translation>Ricerca del dominio %1</translation>
    </message>
    <message>
        <source>Publish the DNS %1 record that the run shows for %2 (domain control validation).</source>
        <translation>Pubblicare il record DNS %1 che l&apos;esecuzione mostra per %2 (validazione del controllo del dominio).</translation>
    </message>
    <message>
        <source>Answer Sectigo&apos;s validation e-mail for %1.</source>
        <translation>Rispondere all&apos;e-mail di validazione di Sectigo per %1.</translation>
    </message>
    <message>
        <source>Publish the validation file that the run shows on the web server of %1.</source>
        <translation>Pubblicare sul server web di %1 il file di validazione che l&apos;esecuzione mostra.</translation>
    </message>
    <message>
        <source>S/MIME</source>
        <translation>S/MIME</translation>
    </message>
    <message>
        <source>Reading the domain %1</source>
        <translation>Lettura del dominio %1</translation>
    </message>
    <message>
        <source>add S/MIME</source>
        <translation>aggiungere S/MIME</translation>
    </message>
    <message>
        <source>approve (%1)</source>
        <translation>approvare (%1)</translation>
    </message>
    <message>
        <source>S/MIME, ACTIVE</source>
        <translation>S/MIME, ACTIVE</translation>
    </message>
    <message>
        <source>The domain %1 is delegated for S/MIME to another organisation (id %2).</source>
        <translation>Il dominio %1 è delegato per S/MIME a un&apos;altra organizzazione (ID %2).</translation>
    </message>
    <message>
        <source>VALIDATED</source>
        <translation>VALIDATED</translation>
    </message>
    <message>
        <source>Looking up the operator %1</source>
        <translation>Ricerca dell&apos;operatore %1</translation>
    </message>
    <message>
        <source>a temporary password, then a new one</source>
        <translation>una password temporanea, poi una nuova</translation>
    </message>
    <message>
        <source>If SCM does not let a temporary password be changed over the API, log in once as %1 at SCM&apos;s web page and set the password the run shows.</source>
        <translation>Se SCM non consente di cambiare una password temporanea tramite l&apos;API, accedere una volta come %1 nella pagina web di SCM e impostare la password che l&apos;esecuzione mostra.</translation>
    </message>
    <message>
        <source>Reading the operator %1</source>
        <translation>Lettura dell&apos;operatore %1</translation>
    </message>
    <message>
        <source>The admin %1 exists already but is not %2 of the organisation; it has: %3.</source>
        <translation>L&apos;amministratore %1 esiste già ma non è %2 dell&apos;organizzazione; ha: %3.</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>nessun ruolo</translation>
    </message>
    <message>
        <source>exists (id %1, type %2)</source>
        <translation>esiste (ID %1, tipo %2)</translation>
    </message>
    <message>
        <source>add the privileges %1</source>
        <translation>aggiungere i privilegi %1</translation>
    </message>
    <message>
        <source>make API-only</source>
        <translation>limitare all&apos;API</translation>
    </message>
    <message>
        <source>Submitting the organisation&apos;s validation needs the CA backend&apos;s id, which only an MRAO admin can read.</source>
        <translation>L&apos;invio della validazione dell&apos;organizzazione richiede l&apos;ID del backend CA, che solo un amministratore MRAO può leggere.</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Reading what exists in the Certificate Manager (nothing is changed)…</source>
        <translation>Lettura di ciò che esiste nel Certificate Manager (nulla viene modificato)…</translation>
    </message>
    <message>
        <source>Preview of the changes</source>
        <translation>Anteprima delle modifiche</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>What a person will have to do:</source>
        <translation>Cosa dovrà fare una persona:</translation>
    </message>
    <message>
        <source>What stops the run:</source>
        <translation>Cosa blocca l&apos;esecuzione:</translation>
    </message>
    <message>
        <source>The survey did not finish: %1</source>
        <translation>L&apos;analisi non è stata completata: %1</translation>
    </message>
    <message>
        <source>Nothing has been changed. The run would go through.</source>
        <translation>Non è stato modificato nulla. L&apos;esecuzione andrebbe a buon fine.</translation>
    </message>
    <message>
        <source>Nothing has been changed. The run would stop: see below.</source>
        <translation>Non è stato modificato nulla. L&apos;esecuzione si fermerebbe: vedere sotto.</translation>
    </message>
</context>
<context>
    <name>PlanPreviewReport</name>
    <message>
        <source>create</source>
        <translation>creare</translation>
    </message>
    <message>
        <source>adopt</source>
        <translation>adottare</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aggiornare</translation>
    </message>
    <message>
        <source>update (%1)</source>
        <translation>aggiornare (%1)</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nulla da fare</translation>
    </message>
    <message>
        <source>Plan of changes (nothing has been changed):</source>
        <translation>Piano delle modifiche (non è stato modificato nulla):</translation>
    </message>
    <message>
        <source>What a person will have to do:</source>
        <translation>Cosa dovrà fare una persona:</translation>
    </message>
    <message>
        <source>What stops the run:</source>
        <translation>Cosa blocca l&apos;esecuzione:</translation>
    </message>
    <message>
        <source>The survey did not finish: %1</source>
        <translation>L&apos;analisi non è stata completata: %1</translation>
    </message>
    <message>
        <source>The run would go through.</source>
        <translation>L&apos;esecuzione andrebbe a buon fine.</translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <source>The organisation&apos;s city (organization.city) and its state or province (organization.stateProvince) are both empty; SCM needs at least one of them.</source>
        <translation>La città dell&apos;organizzazione (organization.city) e il suo cantone o provincia (organization.stateProvince) sono entrambi vuoti; SCM ne richiede almeno uno.</translation>
    </message>
    <message>
        <source>The department (organization.department) must be given when the operator&apos;s role (operator.role) is DRAO_SMIME: a DRAO administers a department.</source>
        <translation>Il dipartimento (organization.department) deve essere indicato quando il ruolo dell&apos;operatore (operator.role) è DRAO_SMIME: un DRAO amministra un dipartimento.</translation>
    </message>
    <message>
        <source>The department (organization.department) &quot;%1&quot; is only used for an operator with the role DRAO_SMIME, but operator.role is RAO_SMIME: remove the department or change the role.</source>
        <translation>Il dipartimento (organization.department) &quot;%1&quot; viene usato solo per un operatore con il ruolo DRAO_SMIME, ma operator.role è RAO_SMIME: rimuovere il dipartimento o cambiare il ruolo.</translation>
    </message>
    <message>
        <source>The domain (%1.name) &quot;%2&quot; is listed twice: also as domains[%3].name.</source>
        <translation>Il dominio (%1.name) &quot;%2&quot; è indicato due volte: anche come domains[%3].name.</translation>
    </message>
    <message>
        <source>The operator&apos;s login (operator.login) is the admin&apos;s own (scm.login): the operator must be a separate account, because it becomes API-only.</source>
        <translation>Il login dell&apos;operatore (operator.login) è quello dell&apos;amministratore stesso (scm.login): l&apos;operatore deve essere un account separato, perché viene limitato all&apos;API.</translation>
    </message>
    <message>
        <source>The managed domains&apos; forwarding port (gateway.api.forwardingPort) is set without a forwarding host (gateway.api.forwardingHost): give both or neither.</source>
        <translation>La porta di inoltro dei domini gestiti (gateway.api.forwardingPort) è impostata senza un host di inoltro (gateway.api.forwardingHost): indicarli entrambi o nessuno dei due.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 non deve essere vuoto.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; SCM allows at most %3.</source>
        <translation>%1 è lungo %2 caratteri; SCM ne consente al massimo %3.</translation>
    </message>
    <message>
        <source>%1 must not be empty: use one of %2.</source>
        <translation>%1 non deve essere vuoto: usare uno tra %2.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; use one of %3.</source>
        <translation>%1 è &quot;%2&quot;; usare uno tra %3.</translation>
    </message>
    <message>
        <source>%1 must not be empty: give the address, e.g. %2.</source>
        <translation>%1 non deve essere vuoto: indicare l&apos;indirizzo, ad es. %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a web address; write it like %3.</source>
        <translation>%1 &quot;%2&quot; non è un indirizzo web; scriverlo come %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must start with https:// (plain http only for 127.0.0.1 or localhost).</source>
        <translation>%1 &quot;%2&quot; deve iniziare con https:// (http semplice solo per 127.0.0.1 o localhost).</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which SCM does not allow in a login: use letters, digits and ! @ _ . - + &apos;.</source>
        <translation>%1 contiene &quot;%2&quot;, che SCM non consente in un login: usare lettere, cifre e ! @ _ . - + &apos;.</translation>
    </message>
    <message>
        <source>%1 must be 3 to 128 characters long; it has %2.</source>
        <translation>%1 deve essere lungo da 3 a 128 caratteri; ne ha %2.</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which SCM does not allow in a name (none of %3).</source>
        <translation>%1 contiene &quot;%2&quot;, che SCM non consente in un nome (nessuno tra %3).</translation>
    </message>
    <message>
        <source>%1 must not contain wsApiUseOnly: the operator becomes API-only in the api-only step, after its password was changed (an API-only admin cannot log in to change it).</source>
        <translation>%1 non deve contenere wsApiUseOnly: l&apos;operatore viene limitato all&apos;API nel passo api-only, dopo che la sua password è stata cambiata (un amministratore solo API non può accedere per cambiarla).</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which is not a privilege SCM knows (e.g. clientCertRequest, clientCertRevoke, clientCertManage).</source>
        <translation>%1 contiene &quot;%2&quot;, che non è un privilegio noto a SCM (ad es. clientCertRequest, clientCertRevoke, clientCertManage).</translation>
    </message>
    <message>
        <source>%1 must include clientCertRequest: the gateway requests S/MIME certificates with it.</source>
        <translation>%1 deve includere clientCertRequest: con esso il gateway richiede i certificati S/MIME.</translation>
    </message>
    <message>
        <source>%1 must not be empty; the default is (?&lt;GN&gt;.+) (?&lt;SN&gt;.+).</source>
        <translation>%1 non deve essere vuoto; il valore predefinito è (?&lt;GN&gt;.+) (?&lt;SN&gt;.+).</translation>
    </message>
    <message>
        <source>%1 is not a valid regular expression: %2 at position %3.</source>
        <translation>%1 non è un&apos;espressione regolare valida: %2 alla posizione %3.</translation>
    </message>
    <message>
        <source>%1 must have the named groups (?&lt;GN&gt;...) for the given name and (?&lt;SN&gt;...) for the surname.</source>
        <translation>%1 deve avere i gruppi denominati (?&lt;GN&gt;...) per il nome e (?&lt;SN&gt;...) per il cognome.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is neither a host name nor an IP address.</source>
        <translation>%1 &quot;%2&quot; non è né un nome host né un indirizzo IP.</translation>
    </message>
    <message>
        <source>%1 must be at least 30 days (&quot;%2&quot;).</source>
        <translation>%1 deve essere di almeno 30 giorni (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 deve essere true o false.</translation>
    </message>
    <message>
        <source>%1 must be a port number from 1 to 65535.</source>
        <translation>%1 deve essere un numero di porta da 1 a 65535.</translation>
    </message>
    <message>
        <source>%1 must not be empty: it is the part after /customer/ in your Certificate Manager&apos;s address.</source>
        <translation>%1 non deve essere vuoto: è la parte dopo /customer/ nell&apos;indirizzo del Suo Certificate Manager.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be only the part after /customer/, without / or spaces.</source>
        <translation>%1 &quot;%2&quot; deve essere solo la parte dopo /customer/, senza / né spazi.</translation>
    </message>
    <message>
        <source>%1 must not be empty: give its ISO 3166 two-letter code, e.g. CH.</source>
        <translation>%1 non deve essere vuoto: indicare il codice ISO 3166 a due lettere, ad es. CH.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 3166 two-letter country code in capitals, e.g. CH, DE, AT.</source>
        <translation>%1 &quot;%2&quot; non è un codice di paese ISO 3166 a due lettere maiuscole, ad es. CH, DE, AT.</translation>
    </message>
    <message>
        <source>%1 is empty: add the e-mail domains the gateway signs and encrypts for.</source>
        <translation>%1 è vuoto: aggiungere i domini e-mail per cui il gateway firma e cifra.</translation>
    </message>
    <message>
        <source>%1 must be a number of days greater than 0, e.g. 365.</source>
        <translation>%1 deve essere un numero di giorni maggiore di 0, ad es. 365.</translation>
    </message>
    <message>
        <source>%1 must not be empty; the gateway&apos;s default customer is [default].</source>
        <translation>%1 non deve essere vuoto; il cliente predefinito del gateway è [default].</translation>
    </message>
    <message>
        <source>The SCM address</source>
        <translation>L&apos;indirizzo di SCM</translation>
    </message>
    <message>
        <source>The customer URI</source>
        <translation>Il campo Customer URI</translation>
    </message>
    <message>
        <source>The admin&apos;s login</source>
        <translation>Il login dell&apos;amministratore</translation>
    </message>
    <message>
        <source>The SCM dialect</source>
        <translation>Il dialetto SCM</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Il nome dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>The organisation&apos;s address</source>
        <translation>L&apos;indirizzo dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>The organisation&apos;s city</source>
        <translation>Il nome della città dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>The organisation&apos;s state or province</source>
        <translation>Il cantone o la provincia dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>The organisation&apos;s postal code</source>
        <translation>Il CAP dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>The organisation&apos;s country</source>
        <translation>Il paese dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>Il dipartimento</translation>
    </message>
    <message>
        <source>The validation level</source>
        <translation>Il livello di validazione</translation>
    </message>
    <message>
        <source>The organisation&apos;s legal name</source>
        <translation>Il nome legale dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>The organisation identifier</source>
        <translation>L&apos;identificativo dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>The list of domains</source>
        <translation>L&apos;elenco dei domini</translation>
    </message>
    <message>
        <source>The domain</source>
        <translation>Il dominio</translation>
    </message>
    <message>
        <source>The domain&apos;s validation method</source>
        <translation>Il metodo di validazione del dominio</translation>
    </message>
    <message>
        <source>The operator&apos;s login</source>
        <translation>Il login dell&apos;operatore</translation>
    </message>
    <message>
        <source>The operator&apos;s e-mail address</source>
        <translation>L&apos;indirizzo e-mail dell&apos;operatore</translation>
    </message>
    <message>
        <source>The operator&apos;s forename</source>
        <translation>Il nome dell&apos;operatore</translation>
    </message>
    <message>
        <source>The operator&apos;s surname</source>
        <translation>Il cognome dell&apos;operatore</translation>
    </message>
    <message>
        <source>The operator&apos;s role</source>
        <translation>Il ruolo dell&apos;operatore</translation>
    </message>
    <message>
        <source>The operator&apos;s privileges</source>
        <translation>L&apos;elenco dei privilegi dell&apos;operatore</translation>
    </message>
    <message>
        <source>The S/MIME certificate profile</source>
        <translation>Il profilo del certificato S/MIME</translation>
    </message>
    <message>
        <source>The certificate term</source>
        <translation>La durata del certificato</translation>
    </message>
    <message>
        <source>The renewal period</source>
        <translation>Il periodo di rinnovo</translation>
    </message>
    <message>
        <source>The full-name pattern</source>
        <translation>Il modello del nome completo</translation>
    </message>
    <message>
        <source>The gateway&apos;s API address</source>
        <translation>L&apos;indirizzo API del gateway</translation>
    </message>
    <message>
        <source>The gateway&apos;s customer</source>
        <translation>Il cliente del gateway</translation>
    </message>
    <message>
        <source>Whether to create missing managed domains</source>
        <translation>L&apos;opzione per creare i domini gestiti mancanti</translation>
    </message>
    <message>
        <source>The managed domains&apos; forwarding host</source>
        <translation>L&apos;host di inoltro dei domini gestiti</translation>
    </message>
    <message>
        <source>The managed domains&apos; forwarding port</source>
        <translation>La porta di inoltro dei domini gestiti</translation>
    </message>
    <message>
        <source>The domain&apos;s validation e-mail address</source>
        <translation>L&apos;indirizzo e-mail di validazione del dominio</translation>
    </message>
    <message>
        <source>The domain %1 is validated by e-mail (%2.dcv is EMAIL) but %2.dcvEmail names no address: name the address Sectigo&apos;s validation mail goes to, one of those SCM offers (such as webmaster@%1).</source>
        <translation>Il dominio %1 viene validato via e-mail (%2.dcv è EMAIL) ma %2.dcvEmail non indica alcun indirizzo: indicare l&apos;indirizzo a cui va l&apos;e-mail di validazione di Sectigo, uno di quelli offerti da SCM (come webmaster@%1).</translation>
    </message>
    <message>
        <source>%1 must be only the address, like %2, but %3. A plan never holds a secret: give passwords and tokens through the keychain, an environment variable or a --*-file option.</source>
        <translation>%1 deve essere solo l&apos;indirizzo, come %2, ma %3. Un piano non contiene mai un segreto: fornire password e token tramite il portachiavi, una variabile d&apos;ambiente o un&apos;opzione --*-file.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid domain name: %3</source>
        <translation>%1 &quot;%2&quot; non è un nome di dominio valido: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid e-mail address: its domain %3</source>
        <translation>%1 &quot;%2&quot; non è un indirizzo e-mail valido: il suo dominio %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid e-mail address (like pki@example.ch).</source>
        <translation>%1 &quot;%2&quot; non è un indirizzo e-mail valido (come pki@example.ch).</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(non mostrato)</translation>
    </message>
    <message>
        <source>%1 contains an invisible direction control (%2) at position %3 (&quot;%4&quot;): it makes text read differently from what it is, and it would end up in certificates. Remove it.</source>
        <translation>%1 contiene un carattere invisibile di controllo della direzione (%2) alla posizione %3 (&quot;%4&quot;): fa apparire il testo diverso da ciò che è, e finirebbe nei certificati. Rimuoverlo.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2) at position %3 (&quot;%4&quot;); names go into certificates as they are written. Remove it.</source>
        <translation>%1 contiene un carattere di controllo (%2) alla posizione %3 (&quot;%4&quot;); i nomi finiscono nei certificati così come sono scritti. Rimuoverlo.</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latino</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>cirillico</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>greco</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>armeno</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ebraico</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabo</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>georgiano</translation>
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
        <translation>hangul</translation>
    </message>
    <message>
        <source>script %1</source>
        <translation>scrittura %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>è vuoto.</translation>
    </message>
    <message>
        <source>it has spaces around it.</source>
        <translation>contiene spazi all&apos;inizio o alla fine.</translation>
    </message>
    <message>
        <source>it is a wildcard; name the domain itself (no wildcard), e.g. example.ch.</source>
        <translation>è un carattere jolly; indicare il dominio stesso (senza carattere jolly), ad es. example.ch.</translation>
    </message>
    <message>
        <source>it has a single label; write the whole domain, like example.ch.</source>
        <translation>ha una sola etichetta; scrivere il dominio completo, come example.ch.</translation>
    </message>
    <message>
        <source>it has an empty label (two dots in a row, or a dot at the start or the end).</source>
        <translation>ha un&apos;etichetta vuota (due punti di seguito, oppure un punto all&apos;inizio o alla fine).</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot; (%2), which is not a letter, a digit or a hyphen; a domain name holds only those, in labels of up to 63 characters.</source>
        <translation>contiene &quot;%1&quot; (%2), che non è una lettera, una cifra o un trattino; un nome di dominio contiene solo questi caratteri, in etichette di al massimo 63 caratteri.</translation>
    </message>
    <message>
        <source>its label &quot;%1&quot; starts or ends with a hyphen.</source>
        <translation>la sua etichetta &quot;%1&quot; inizia o termina con un trattino.</translation>
    </message>
    <message>
        <source>its label &quot;%1&quot; is %2 characters long in its ASCII form; a label has at most 63 characters.</source>
        <translation>la sua etichetta &quot;%1&quot; è lunga %2 caratteri nella sua forma ASCII; un&apos;etichetta ha al massimo 63 caratteri.</translation>
    </message>
    <message>
        <source>its label &quot;%1&quot; is not valid punycode.</source>
        <translation>la sua etichetta &quot;%1&quot; non è un punycode valido.</translation>
    </message>
    <message>
        <source>its label &quot;%1&quot; stands for &quot;%2&quot;, which holds %3, not a letter or a digit.</source>
        <translation>la sua etichetta &quot;%1&quot; corrisponde a &quot;%2&quot;, che contiene %3, non una lettera o una cifra.</translation>
    </message>
    <message>
        <source>it is &quot;%1&quot; in Unicode and %2 in its ASCII (punycode) form, and its label &quot;%3&quot; mixes %4 letters. Look-alike (homograph) domains are made that way, e.g. with a Cyrillic letter that looks like a Latin one: write each label in one script.</source>
        <translation>è &quot;%1&quot; in Unicode e %2 nella sua forma ASCII (punycode), e la sua etichetta &quot;%3&quot; mescola lettere di scritture diverse (%4). I domini sosia (omografi) si creano proprio così, ad es. con una lettera cirillica che somiglia a una latina: scrivere ogni etichetta in una sola scrittura.</translation>
    </message>
    <message>
        <source>it cannot be converted to its ASCII form (IDNA).</source>
        <translation>non può essere convertito nella sua forma ASCII (IDNA).</translation>
    </message>
    <message>
        <source>it is %1 characters long in its ASCII form; a domain name has at most 253.</source>
        <translation>è lungo %1 caratteri nella sua forma ASCII; un nome di dominio ne ha al massimo 253.</translation>
    </message>
    <message>
        <source>its ASCII form %1 is not made of letters, digits and hyphens.</source>
        <translation>la sua forma ASCII %1 non è composta da lettere, cifre e trattini.</translation>
    </message>
    <message>
        <source>it is too short to be a registered domain.</source>
        <translation>è troppo corto per essere un dominio registrato.</translation>
    </message>
    <message>
        <source>it ends in a number; write a domain name, not an IP address.</source>
        <translation>termina con un numero; scrivere un nome di dominio, non un indirizzo IP.</translation>
    </message>
    <message>
        <source>it holds a user name or password (before &quot;@&quot;)</source>
        <translation>contiene un nome utente o una password (prima di &quot;@&quot;)</translation>
    </message>
    <message>
        <source>it has a query (&quot;?...&quot;), where keys and tokens are often passed</source>
        <translation>ha una query (&quot;?...&quot;), in cui spesso vengono passati chiavi e token</translation>
    </message>
    <message>
        <source>it has a fragment (&quot;#...&quot;)</source>
        <translation>ha un frammento (&quot;#...&quot;)</translation>
    </message>
</context>
<context>
    <name>PreviewCommand</name>
    <message>
        <source>Shows what `run` would do with the plan, changing nothing: signs in as the plan&apos;s admin, reads the organisation, its validation, the domains, the operator and the S/MIME profiles, and lists for each object create, adopt, update or nothing to do, what a person will have to do, and what would stop the run. Exit codes: 0 the run would go through, 2 the plan is wrong, 4 SCM refuses something the run needs, 5 network/TLS failure, 1 anything else.</source>
        <translation>Mostra cosa farebbe `run` con il piano, senza modificare nulla: accede come amministratore del piano, legge l&apos;organizzazione, la sua validazione, i domini, l&apos;operatore e i profili S/MIME, ed elenca per ogni oggetto creare, adottare, aggiornare o nulla da fare, cosa dovrà fare una persona e cosa bloccherebbe l&apos;esecuzione. Codici di uscita: 0 l&apos;esecuzione andrebbe a buon fine, 2 il piano è errato, 4 SCM rifiuta qualcosa di cui l&apos;esecuzione ha bisogno, 5 errore di rete/TLS, 1 qualsiasi altro caso.</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Il file del piano (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>One JSON object: {&quot;actions&quot;: [{kind, name, action}], &quot;tasks&quot;, &quot;blockers&quot;}.</source>
        <translation>Un oggetto JSON: {&quot;actions&quot;: [{kind, name, action}], &quot;tasks&quot;, &quot;blockers&quot;}.</translation>
    </message>
    <message>
        <source>The admin&apos;s password (first line of the file).</source>
        <translation>La password dell&apos;amministratore (prima riga del file).</translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM or DER).</source>
        <translation>Considerare attendibile anche questo certificato CA (PEM o DER).</translation>
    </message>
    <message>
        <source>--plan FILE is required.</source>
        <translation>--plan FILE è obbligatorio.</translation>
    </message>
    <message>
        <source>The plan is not valid:
%1</source>
        <translation>Il piano non è valido:
%1</translation>
    </message>
    <message>
        <source>SCM did not answer within %1 seconds.</source>
        <translation>SCM non ha risposto entro %1 secondi.</translation>
    </message>
    <message>
        <source>mpki-setup preview: warning: %1
</source>
        <translation>mpki-setup preview: avviso: %1
</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Makes the read-only calls that preview, run and health depend on, as the plan&apos;s admin, checks each answer against Sectigo&apos;s published schema and against what mpki-setup reads, and writes a redacted transcript (names, logins, e-mail addresses, passwords replaced by their type and length) that `mpki-setup simulate --replay` can answer from. Nothing in SCM is changed.
Exit codes: 0 the calls were made (mismatches are reported, not an error), 2 bad input, 4 SCM refused the sign-in, 1 the file could not be written.</source>
        <translation>Esegue, come amministratore del piano, le chiamate di sola lettura da cui dipendono preview, run e health, confronta ogni risposta con lo schema pubblicato da Sectigo e con ciò che legge mpki-setup, e scrive una trascrizione oscurata (nomi, login, indirizzi e-mail e password sostituiti dal loro tipo e dalla loro lunghezza) a partire dalla quale `mpki-setup simulate --replay` può rispondere. In SCM non viene modificato nulla.
Codici di uscita: 0 le chiamate sono state eseguite (le discrepanze vengono segnalate, non sono un errore), 2 input non valido, 4 SCM ha rifiutato l&apos;accesso, 1 non è stato possibile scrivere il file.</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Il file del piano (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Where to write the transcript (JSON).</source>
        <translation>Dove scrivere la trascrizione (JSON).</translation>
    </message>
    <message>
        <source>Keep the plan&apos;s own names (organisation, department, domains, operator login) so that a replay can answer lookups by name. Passwords and e-mail addresses are always redacted.</source>
        <translation>Mantenere i nomi propri del piano (organizzazione, dipartimento, domini, login dell&apos;operatore), affinché una riproduzione possa rispondere alle ricerche per nome. Password e indirizzi e-mail vengono sempre oscurati.</translation>
    </message>
    <message>
        <source>The admin&apos;s password (first line of the file).</source>
        <translation>La password dell&apos;amministratore (prima riga del file).</translation>
    </message>
    <message>
        <source>mpki-setup probe: --plan FILE and --out FILE are required.</source>
        <translation>mpki-setup probe: --plan FILE e --out FILE sono obbligatori.</translation>
    </message>
    <message>
        <source>mpki-setup probe: %1</source>
        <translation>mpki-setup probe: %1</translation>
    </message>
    <message>
        <source>mpki-setup probe: the shipped schema cannot be read.</source>
        <translation>mpki-setup probe: impossibile leggere lo schema incluso.</translation>
    </message>
    <message>
        <source>Calls made: %1; answers that matched Sectigo&apos;s schema: %2; mismatches: %3.</source>
        <translation>Chiamate eseguite: %1; risposte conformi allo schema di Sectigo: %2; discrepanze: %3.</translation>
    </message>
    <message>
        <source>  %1: %2: expected %3, seen %4</source>
        <translation>  %1: %2: atteso %3, ricevuto %4</translation>
    </message>
    <message>
        <source>  %1: not described in Sectigo&apos;s schema (not checked)</source>
        <translation>  %1: non descritto nello schema di Sectigo (non verificato)</translation>
    </message>
    <message>
        <source>Transcript written to %1.</source>
        <translation>Trascrizione scritta in %1.</translation>
    </message>
    <message>
        <source>mpki-setup probe: SCM refused the sign-in: %1</source>
        <translation>mpki-setup probe: SCM ha rifiutato l&apos;accesso: %1</translation>
    </message>
    <message>
        <source>mpki-setup probe: warning: %1</source>
        <translation>mpki-setup probe: avviso: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The page answered HTTP %1.</source>
        <translation>La pagina ha risposto con HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Writes the onboarding report for the change record from a state directory: who ran the onboarding and when, against which SCM and customer URI, what was created or adopted there with its ids, what was done by hand, the expiry dates that matter and the gateway&apos;s values. It holds no secret.</source>
        <translation>Scrive il rapporto di configurazione per la documentazione delle modifiche a partire da una cartella di stato: chi ha eseguito la configurazione e quando, con quale SCM e quale Customer URI, cosa vi è stato creato o adottato con i relativi ID, cosa è stato fatto a mano, le date di scadenza importanti e i valori del gateway. Non contiene alcun segreto.</translation>
    </message>
    <message>
        <source>The language of the messages and of the report.</source>
        <translation>La lingua dei messaggi e del rapporto.</translation>
    </message>
    <message>
        <source>The state directory of a run.</source>
        <translation>La cartella di stato di un&apos;esecuzione.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>The report to write (.pdf or .html).</source>
        <translation>Il rapporto da scrivere (.pdf o .html).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>mpki-setup report: give the state directory with --state DIR and the report to write with --out FILE.pdf or FILE.html.
</source>
        <translation>mpki-setup report: indicare la cartella di stato con --state DIR e il rapporto da scrivere con --out FILE.pdf o FILE.html.
</translation>
    </message>
    <message>
        <source>mpki-setup report: the report %1 must end in .pdf or .html.
</source>
        <translation>mpki-setup report: il rapporto %1 deve terminare con .pdf o .html.
</translation>
    </message>
    <message>
        <source>mpki-setup report: %1
</source>
        <translation>mpki-setup report: %1
</translation>
    </message>
    <message>
        <source>Wrote the onboarding report %1.
</source>
        <translation>Rapporto di configurazione %1 scritto.
</translation>
    </message>
</context>
<context>
    <name>RotateCommand</name>
    <message>
        <source>mpki-setup rotate: %1
</source>
        <translation>mpki-setup rotate: %1
</translation>
    </message>
    <message numerus="yes">
        <source>The rotation did not finish within %n second(s); run it again: it tries the old and the new password.</source>
        <translation>
            <numerusform>Il cambio della password non è terminato entro %n secondo; eseguirlo di nuovo: prova la vecchia e la nuova password.</numerusform>
            <numerusform>Il cambio della password non è terminato entro %n secondi; eseguirlo di nuovo: prova la vecchia e la nuova password.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives the operator a new generated password over the API, keeps it in the keychain, and writes a new connector file and values sheet when asked. The gateway&apos;s MPKI page then needs the new password: the old one stops working at once.</source>
        <translation>Assegna all&apos;operatore una nuova password generata tramite l&apos;API, la conserva nel portachiavi e, se richiesto, scrive un nuovo file del connettore e un nuovo foglio dei valori. La pagina MPKI del gateway richiede poi la nuova password: quella vecchia smette subito di funzionare.</translation>
    </message>
    <message>
        <source>The language of the messages and the sheet&apos;s labels.</source>
        <translation>La lingua dei messaggi e delle etichette del foglio.</translation>
    </message>
    <message>
        <source>The state directory of the onboarding.</source>
        <translation>La cartella di stato della configurazione.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>Write a new connector file here.</source>
        <translation>Scrivere qui un nuovo file del connettore.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A file whose first line is the connector file&apos;s passphrase (without it, the passphrase is asked for on the terminal).</source>
        <translation>Un file la cui prima riga è la passphrase del file del connettore (senza di esso, la passphrase viene chiesta nel terminale).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Write the password in the connector file in the clear (the file is still 0600).</source>
        <translation>Scrivere la password in chiaro nel file del connettore (il file resta comunque 0600).</translation>
    </message>
    <message>
        <source>Also write the values sheet (.pdf or .html).</source>
        <translation>Scrivere anche il foglio dei valori (.pdf o .html).</translation>
    </message>
    <message>
        <source>When no stored password of the operator signs in: let the plan&apos;s MRAO admin set a new one (the gateway&apos;s configured password stops working).</source>
        <translation>Se nessuna password memorizzata dell&apos;operatore consente l&apos;accesso: farne impostare una nuova dall&apos;amministratore MRAO del piano (la password configurata sul gateway smette di funzionare).</translation>
    </message>
    <message>
        <source>A file whose first line is the admin&apos;s password (with --reset-operator-password).</source>
        <translation>Un file la cui prima riga è la password dell&apos;amministratore (con --reset-operator-password).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this file (PEM or DER) for SCM.</source>
        <translation>Considerare attendibili per SCM anche i certificati CA contenuti in questo file (PEM o DER).</translation>
    </message>
    <message>
        <source>give the state directory with --state DIR.</source>
        <translation>indicare la cartella di stato con --state DIR.</translation>
    </message>
    <message>
        <source>--plain and --passphrase-file go with --export FILE.</source>
        <translation>--plain e --passphrase-file vanno usati con --export FILE.</translation>
    </message>
    <message>
        <source>--plain and --passphrase-file exclude each other.</source>
        <translation>--plain e --passphrase-file si escludono a vicenda.</translation>
    </message>
    <message>
        <source>the values sheet must end in .pdf or .html.</source>
        <translation>il foglio dei valori deve terminare con .pdf o .html.</translation>
    </message>
    <message>
        <source>%1 holds no onboarding state.</source>
        <translation>%1 non contiene alcuno stato di configurazione.</translation>
    </message>
    <message>
        <source>--reset-operator-password needs the plan the onboarding ran with, for the admin&apos;s login: %1</source>
        <translation>--reset-operator-password richiede il piano con cui è stata eseguita la configurazione, per il login dell&apos;amministratore: %1</translation>
    </message>
    <message>
        <source>the state names none</source>
        <translation>lo stato non ne indica alcuno</translation>
    </message>
    <message>
        <source>%1 To let it, run the rotation again with --reset-operator-password (the admin&apos;s password from --password-file, MPKI_SCM_PASSWORD or the keychain).</source>
        <translation>%1 Per consentirlo, eseguire di nuovo il cambio della password con --reset-operator-password (la password dell&apos;amministratore da --password-file, MPKI_SCM_PASSWORD o dal portachiavi).</translation>
    </message>
    <message>
        <source>mpki-setup rotate: the new password is in the keychain, but the state could not be saved: %1
</source>
        <translation>mpki-setup rotate: la nuova password è nel portachiavi, ma non è stato possibile salvare lo stato: %1
</translation>
    </message>
    <message>
        <source>(SCM gives no date)</source>
        <translation>(SCM non indica alcuna data)</translation>
    </message>
    <message>
        <source>New password: %1 (kept in the keychain; expires %2). The old one stopped working at %3.
</source>
        <translation>Nuova password: %1 (conservata nel portachiavi; scadenza: %2). Quella vecchia ha smesso di funzionare il %3.
</translation>
    </message>
    <message>
        <source>Wrote the values sheet %1.
</source>
        <translation>Foglio dei valori %1 scritto.
</translation>
    </message>
    <message>
        <source>Type the new password into the gateway&apos;s MPKI page now: %1
</source>
        <translation>Inserire ora la nuova password nella pagina MPKI del gateway: %1
</translation>
    </message>
    <message>
        <source>mpki-setup export --state %1 --out FILE writes it into a connector file.</source>
        <translation>mpki-setup export --state %1 --out FILE la scrive in un file del connettore.</translation>
    </message>
    <message>
        <source>mpki-setup import --in %1 --show-password shows it.</source>
        <translation>mpki-setup import --in %1 --show-password la mostra.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>SCM wants the operator&apos;s temporary password changed at its web page, but there is no terminal to show the passwords on. Run the same command on a terminal (or use the wizard) to see them.</source>
        <translation>SCM richiede che la password temporanea dell&apos;operatore venga cambiata nella sua pagina web, ma non c&apos;è alcun terminale su cui mostrare le password. Eseguire lo stesso comando in un terminale (o usare la procedura guidata) per vederle.</translation>
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
*** Azione richiesta: SCM non consente all&apos;operatore di cambiare la sua password temporanea tramite l&apos;API.
    1. Aprire %1
    2. Accedere come %2 con la password temporanea: %3
    3. Impostare questa nuova password (esattamente): %4
    Queste password vengono mostrate solo qui, una volta; sono conservate nel portachiavi, mai registrate nei log.
    Questa esecuzione verifica finché la nuova password funziona.
</translation>
    </message>
    <message>
        <source>Runs the onboarding procedure headless: every step whose needs are met, polling what it waits for until the deadline. Exit codes: 0 complete, 2 bad input, 3 waiting (run again later), 4 refused by SCM, 5 network/TLS failure, 1 anything else.
The state directory defaults to $XDG_STATE_HOME/mpki-setup/&lt;plan name&gt; (~/.local/state/mpki-setup/&lt;plan name&gt;).</source>
        <translation>Esegue la procedura di configurazione senza interfaccia: ogni passo i cui requisiti sono soddisfatti, interrogando periodicamente ciò che attende fino alla scadenza. Codici di uscita: 0 completato, 2 input non valido, 3 in attesa (eseguire di nuovo più tardi), 4 rifiutato da SCM, 5 errore di rete/TLS, 1 qualsiasi altro caso.
La cartella di stato predefinita è $XDG_STATE_HOME/mpki-setup/&lt;nome del piano&gt; (~/.local/state/mpki-setup/&lt;nome del piano&gt;).</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Il file del piano (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Run against the embedded simulators (no account needed).</source>
        <translation>Eseguire con i simulatori integrati (nessun account necessario).</translation>
    </message>
    <message>
        <source>The state directory.</source>
        <translation>La cartella di stato.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>Run only these steps (comma-separated).</source>
        <translation>Eseguire solo questi passi (separati da virgole).</translation>
    </message>
    <message>
        <source>STEP,...</source>
        <translation>PASSO,...</translation>
    </message>
    <message>
        <source>Seconds to keep polling what the run waits for (default 600).</source>
        <translation>Secondi durante i quali continuare a interrogare ciò che l&apos;esecuzione attende (predefinito 600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDI</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Un oggetto JSON per riga.</translation>
    </message>
    <message>
        <source>Write the connector file.</source>
        <translation>Scrivere il file del connettore.</translation>
    </message>
    <message>
        <source>The connector file&apos;s passphrase (first line).</source>
        <translation>La passphrase del file del connettore (prima riga).</translation>
    </message>
    <message>
        <source>Write the connector file with the password in the clear.</source>
        <translation>Scrivere il file del connettore con la password in chiaro.</translation>
    </message>
    <message>
        <source>The admin&apos;s password (first line of the file).</source>
        <translation>La password dell&apos;amministratore (prima riga del file).</translation>
    </message>
    <message>
        <source>Go on with a GÉANT TCS customer URI.</source>
        <translation>Proseguire anche con una Customer URI GÉANT TCS.</translation>
    </message>
    <message>
        <source>SCM calls in flight at once.</source>
        <translation>Chiamate a SCM in corso contemporaneamente.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The gateway API token (first line).</source>
        <translation>Il token API del gateway (prima riga).</translation>
    </message>
    <message>
        <source>The gateway API secret (first line).</source>
        <translation>Il segreto API del gateway (prima riga).</translation>
    </message>
    <message>
        <source>--plan FILE is required.</source>
        <translation>--plan FILE è obbligatorio.</translation>
    </message>
    <message>
        <source>--deadline takes a number of seconds.</source>
        <translation>--deadline richiede un numero di secondi.</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation>--concurrency richiede un numero da 1 a 64.</translation>
    </message>
    <message>
        <source>--export needs --passphrase-file FILE (or --plain for a file with the password in the clear).</source>
        <translation>--export richiede --passphrase-file FILE (o --plain per un file con la password in chiaro).</translation>
    </message>
    <message>
        <source>The demo&apos;s simulators did not start: %1</source>
        <translation>I simulatori della demo non si sono avviati: %1</translation>
    </message>
    <message>
        <source>Demo: SCM simulator at %1 (customer %2, admin %3), gateway simulator at %4; secrets in memory; state in %5.</source>
        <translation>Demo: simulatore SCM su %1 (cliente %2, amministratore %3), simulatore del gateway su %4; segreti in memoria; stato in %5.</translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM or DER).</source>
        <translation>Considerare attendibile anche questo certificato CA (PEM o DER).</translation>
    </message>
    <message>
        <source>    Press Enter here once it is set: until then this run looks only a few times an hour.
</source>
        <translation>    Premere Invio qui una volta impostata: fino ad allora questa esecuzione controlla solo poche volte all&apos;ora.
</translation>
    </message>
    <message>
        <source>mpki-setup run: warning: %1</source>
        <translation>mpki-setup run: avviso: %1</translation>
    </message>
    <message>
        <source>--only &quot;%1&quot; has an empty step name; give step names separated by commas, e.g. --only organization,domains. The steps are: %2.</source>
        <translation>--only &quot;%1&quot; contiene un nome di passo vuoto; indicare i nomi dei passi separati da virgole, ad es. --only organization,domains. I passi sono: %2.</translation>
    </message>
    <message>
        <source>--only names the step &quot;%1&quot;, which does not exist. The steps are: %2.</source>
        <translation>--only indica il passo &quot;%1&quot;, che non esiste. I passi sono: %2.</translation>
    </message>
    <message>
        <source>When no stored password of the operator signs in: let the plan&apos;s MRAO admin set a new one (the gateway&apos;s configured password stops working).</source>
        <translation>Se nessuna password memorizzata dell&apos;operatore consente l&apos;accesso: farne impostare una nuova dall&apos;amministratore MRAO del piano (la password configurata sul gateway smette di funzionare).</translation>
    </message>
    <message>
        <source>Stopped by %1: the progress is saved; run the same command again to continue where this run stopped.</source>
        <translation>Interrotto da %1: l&apos;avanzamento è salvato; eseguire di nuovo lo stesso comando per continuare da dove si è fermata questa esecuzione.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Unknown step &apos;%1&apos; in --only. The steps are: %2.</source>
        <translation>Passo sconosciuto &apos;%1&apos; in --only. I passi sono: %2.</translation>
    </message>
    <message>
        <source>No state directory was given.</source>
        <translation>Non è stata indicata alcuna cartella di stato.</translation>
    </message>
    <message>
        <source>No secret store is available for the operator&apos;s passwords.</source>
        <translation>Nessun archivio dei segreti disponibile per le password dell&apos;operatore.</translation>
    </message>
    <message>
        <source>No password was given for the admin %1.</source>
        <translation>Non è stata fornita alcuna password per l&apos;amministratore %1.</translation>
    </message>
    <message>
        <source>Cancelled. Run again to continue where this run stopped.</source>
        <translation>Annullato. Eseguire di nuovo per continuare da dove si è fermata questa esecuzione.</translation>
    </message>
    <message>
        <source>Not run: it needs %1.</source>
        <translation>Non eseguito: richiede %1.</translation>
    </message>
    <message>
        <source>Waits for %1.</source>
        <translation>Attende %1.</translation>
    </message>
    <message>
        <source>All %1 steps are done.</source>
        <translation>Tutti i %1 passi sono completati.</translation>
    </message>
    <message>
        <source>The steps asked for are done.</source>
        <translation>I passi richiesti sono completati.</translation>
    </message>
    <message>
        <source>Waiting for something outside: %1 Run the same command again later: it resumes where this run stopped.</source>
        <translation>In attesa di qualcosa di esterno: %1 Eseguire di nuovo lo stesso comando più tardi: riprende da dove si è fermata questa esecuzione.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Interrotto: %1</translation>
    </message>
    <message>
        <source>Also waiting: %1</source>
        <translation>In attesa anche di: %1</translation>
    </message>
    <message>
        <source>“%1” cannot run: %2</source>
        <translation>«%1» non può essere eseguito: %2</translation>
    </message>
    <message>
        <source>The plan cannot be run. %1</source>
        <translation>Il piano non può essere eseguito. %1</translation>
    </message>
    <message>
        <source>The progress could not be saved (%1), so the run stopped before changing anything more in SCM. Free some space or fix the state directory&apos;s permissions, then run again: it resumes from the last saved progress.</source>
        <translation>Non è stato possibile salvare l&apos;avanzamento (%1), quindi l&apos;esecuzione si è interrotta prima di modificare altro in SCM. Liberare spazio o correggere i permessi della cartella di stato, poi eseguire di nuovo: si riprende dall&apos;ultimo avanzamento salvato.</translation>
    </message>
    <message>
        <source>The secret store cannot keep the operator&apos;s passwords (%1), so nothing was changed in SCM. Make the keychain available (unlock it, or start a desktop session), then run again.</source>
        <translation>L&apos;archivio dei segreti non può conservare le password dell&apos;operatore (%1), quindi non è stato modificato nulla in SCM. Rendere disponibile il portachiavi (sbloccarlo o avviare una sessione desktop), poi eseguire di nuovo.</translation>
    </message>
</context>
<context>
    <name>ScmError</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON non valido: %1</translation>
    </message>
    <message>
        <source>a JSON array was expected</source>
        <translation>era atteso un array JSON</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>era atteso un oggetto JSON</translation>
    </message>
    <message>
        <source>the list does not end</source>
        <translation>l&apos;elenco non finisce</translation>
    </message>
    <message>
        <source>DCV by TXT record has no start step in SCM: submit it directly.</source>
        <translation>La DCV tramite record TXT non ha un passo di avvio in SCM: inviarla direttamente.</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>nessuna descrizione</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted (%2). If the server or a TLS-inspecting proxy uses its own certificate authority, add that CA certificate file.</source>
        <translation>Il certificato TLS di %1 non è attendibile (%2). Se il server o un proxy che ispeziona il TLS usa una propria autorità di certificazione, aggiungere il file del suo certificato CA.</translation>
    </message>
    <message>
        <source>Cannot find the SCM server %1: check the address and your DNS or proxy settings.</source>
        <translation>Il server SCM %1 non è stato trovato: verificare l&apos;indirizzo e le impostazioni DNS o proxy.</translation>
    </message>
    <message>
        <source>The SCM server %1 refused the connection: check the address and port, and that no firewall blocks it.</source>
        <translation>Il server SCM %1 ha rifiutato la connessione: verificare indirizzo e porta, e che nessun firewall la blocchi.</translation>
    </message>
    <message>
        <source>The SCM server %1 closed the connection before answering: try again later.</source>
        <translation>Il server SCM %1 ha chiuso la connessione prima di rispondere: riprovare più tardi.</translation>
    </message>
    <message>
        <source>The proxy failed the connection to %1 (%2): check the system proxy settings.</source>
        <translation>Il proxy non è riuscito a connettersi a %1 (%2): verificare le impostazioni proxy del sistema.</translation>
    </message>
    <message>
        <source>Cannot reach the SCM server %1 (%2): check the network connection and try again.</source>
        <translation>Il server SCM %1 non è raggiungibile (%2): verificare la connessione di rete e riprovare.</translation>
    </message>
    <message>
        <source>SCM at %1 refused the login &quot;%2&quot; for customer URI &quot;%3&quot; (code %4). Check: the password; the customer URI and the SCM instance; that the admin is not IdP-only; that the password has not expired; that this address is not blocked; for a new admin, that its temporary password was changed in the web interface.</source>
        <translation>SCM su %1 ha rifiutato l&apos;accesso &quot;%2&quot; per la Customer URI &quot;%3&quot; (codice %4). Verificare: la password; la Customer URI e l&apos;istanza SCM; che l&apos;amministratore non sia solo IdP; che la password non sia scaduta; che questo indirizzo non sia bloccato; per un nuovo amministratore, che la sua password temporanea sia stata cambiata nell&apos;interfaccia web.</translation>
    </message>
    <message>
        <source>The admin &quot;%1&quot; may not do %2: it lacks a role or privilege (SCM: %3).</source>
        <translation>L&apos;amministratore &quot;%1&quot; non può eseguire %2: gli manca un ruolo o un privilegio (SCM: %3).</translation>
    </message>
    <message>
        <source>SCM does not know what %1 asks for (SCM: %2).</source>
        <translation>SCM non conosce ciò che %1 richiede (SCM: %2).</translation>
    </message>
    <message>
        <source>The object exists already in SCM (SCM: %1): look it up and use it.</source>
        <translation>L&apos;oggetto esiste già in SCM (SCM: %1): cercarlo e usarlo.</translation>
    </message>
    <message>
        <source>The new password does not meet SCM&apos;s password policy (SCM: %1).</source>
        <translation>La nuova password non rispetta i criteri per le password di SCM (SCM: %1).</translation>
    </message>
    <message>
        <source>SCM is busy or asks for fewer requests (%1): try again later.</source>
        <translation>SCM è occupato o chiede meno richieste (%1): riprovare più tardi.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>stato HTTP %1</translation>
    </message>
    <message>
        <source>SCM failed with a server error (HTTP %1) on %2 (SCM: %3): try again later.</source>
        <translation>SCM ha avuto un errore del server (HTTP %1) su %2 (SCM: %3): riprovare più tardi.</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>stato HTTP inatteso %1</translation>
    </message>
    <message>
        <source>SCM rejected %1 as invalid (SCM: %2).</source>
        <translation>SCM ha rifiutato %1 come non valido (SCM: %2).</translation>
    </message>
    <message>
        <source>SCM at %1 did not answer %2 %3 within %4 seconds: check the network and try again later.</source>
        <translation>SCM su %1 non ha risposto a %2 %3 entro %4 secondi: verificare la rete e riprovare più tardi.</translation>
    </message>
    <message>
        <source>The request to SCM was cancelled.</source>
        <translation>La richiesta a SCM è stata annullata.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 %3 is not what SCM sends (%4): check that the base URL points at SCM.</source>
        <translation>La risposta di %1 a %2 %3 non è quella che invia SCM (%4): verificare che l&apos;URL di base punti a SCM.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; has expired: set a new one (log in at %2/customer/%3/ or ask an MRAO admin) and try again.</source>
        <translation>La password di &quot;%1&quot; è scaduta: impostarne una nuova (accesso su %2/customer/%3/ o tramite un amministratore MRAO) e riprovare.</translation>
    </message>
    <message>
        <source>no object id in the Location header &quot;%1&quot;</source>
        <translation>nessun ID oggetto nell&apos;intestazione Location &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing or empty</source>
        <translation>il campo &quot;%1&quot; manca o è vuoto</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>la risposta è più grande di %1 MiB</translation>
    </message>
    <message>
        <source>the Location header &quot;%1&quot; points at another host</source>
        <translation>l&apos;intestazione Location &quot;%1&quot; punta a un altro host</translation>
    </message>
    <message>
        <source>SCM at %1 had not answered %2 %3 when the run&apos;s deadline passed: check the network and try again later.</source>
        <translation>SCM su %1 non aveva ancora risposto a %2 %3 quando è scaduto il termine dell&apos;esecuzione: verificare la rete e riprovare più tardi.</translation>
    </message>
</context>
<context>
    <name>ScmSimulator</name>
    <message>
        <source>Cannot read the simulator state %1: %2. Remove the file or name another one with --state.</source>
        <translation>Impossibile leggere lo stato del simulatore %1: %2. Rimuovere il file o indicarne un altro con --state.</translation>
    </message>
    <message>
        <source>Cannot open the request log %1: %2</source>
        <translation>Impossibile aprire il registro delle richieste %1: %2</translation>
    </message>
    <message>
        <source>Cannot make the simulator&apos;s TLS certificate: %1</source>
        <translation>Impossibile creare il certificato TLS del simulatore: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: the port is in use or not allowed. Choose another with --port (0 picks a free one).</source>
        <translation>Impossibile restare in ascolto su %1 porta %2: la porta è in uso o non è consentita. Sceglierne un&apos;altra con --port (0 ne sceglie una libera).</translation>
    </message>
    <message>
        <source>Cannot replay %1: %2</source>
        <translation>Impossibile riprodurre %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the simulator state %1: %2. Name a file in a directory that exists and can be written with --state.</source>
        <translation>Impossibile scrivere lo stato del simulatore %1: %2. Indicare con --state un file in una cartella esistente e scrivibile.</translation>
    </message>
</context>
<context>
    <name>ScriptedPerson</name>
    <message>
        <source>The walk did not reach the end within %1 s; it waits on the page “%2”%3</source>
        <translation>Il percorso non ha raggiunto la fine entro %1 s; è in attesa alla pagina «%2»%3</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossibile creare %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>The walk stopped on the page “%1”, which says: %2</source>
        <translation>Il percorso si è fermato alla pagina «%1», che indica: %2</translation>
    </message>
    <message>
        <source>The walk reached the end with every step done.</source>
        <translation>Il percorso ha raggiunto la fine con tutti i passi completati.</translation>
    </message>
    <message>
        <source>The page “%1” does not go on after %2 presses of Next.</source>
        <translation>La pagina «%1» non prosegue dopo %2 pressioni di Avanti.</translation>
    </message>
</context>
<context>
    <name>SecretSources</name>
    <message>
        <source>The keychain: %1</source>
        <translation>Il portachiavi: %1</translation>
    </message>
    <message>
        <source>Enter %1: </source>
        <translation>Inserire %1: </translation>
    </message>
    <message>
        <source>the password of the SCM admin %1 (customer %2 at %3)</source>
        <translation>la password dell&apos;amministratore SCM %1 (cliente %2 su %3)</translation>
    </message>
    <message>
        <source>the API token of the gateway %1</source>
        <translation>il token API del gateway %1</translation>
    </message>
    <message>
        <source>the API secret of the gateway %1</source>
        <translation>il segreto API del gateway %1</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2.</source>
        <translation>Impossibile leggere il file segreto %1: %2.</translation>
    </message>
    <message>
        <source>The first line of the secret file %1 is empty; put the secret on it.</source>
        <translation>La prima riga del file segreto %1 è vuota; inserirvi il segreto.</translation>
    </message>
    <message>
        <source>give a file holding it with %1 FILE (its first line)</source>
        <translation>indicare con %1 FILE un file che contiene il segreto (nella prima riga)</translation>
    </message>
    <message>
        <source>set the environment variable %1</source>
        <translation>impostare la variabile d&apos;ambiente %1</translation>
    </message>
    <message>
        <source>store it in the keychain</source>
        <translation>conservare il segreto nel portachiavi</translation>
    </message>
    <message>
        <source>run on a terminal to be asked for it</source>
        <translation>eseguire in un terminale per l&apos;inserimento su richiesta</translation>
    </message>
    <message>
        <source>mpki-setup needs %1 and found it nowhere.</source>
        <translation>mpki-setup richiede %1, ma non ne ha trovato traccia da nessuna parte.</translation>
    </message>
    <message>
        <source>mpki-setup needs %1 and found it nowhere: %2.</source>
        <translation>mpki-setup richiede %1, ma non ne ha trovato traccia da nessuna parte: %2.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, oppure </translation>
    </message>
</context>
<context>
    <name>SeppmailClient</name>
    <message>
        <source>The gateway API URL &quot;%1&quot; is not an http(s) URL such as https://gateway:8445/v1.</source>
        <translation>L&apos;URL dell&apos;API del gateway &quot;%1&quot; non è un URL http(s) come https://gateway:8445/v1.</translation>
    </message>
    <message>
        <source>The gateway at %1 did not answer in time; check that its REST API is enabled (System → Advanced view → REST-API) and reachable.</source>
        <translation>Il gateway su %1 non ha risposto in tempo; verificare che la sua API REST sia attivata (System → Advanced view → REST-API) e raggiungibile.</translation>
    </message>
    <message>
        <source>The gateway&apos;s TLS certificate at %1 is not trusted (%2); add the appliance&apos;s CA certificate instead of ignoring the error.</source>
        <translation>Il certificato TLS del gateway su %1 non è attendibile (%2); aggiungere il certificato CA dell&apos;appliance invece di ignorare l&apos;errore.</translation>
    </message>
    <message>
        <source>Cannot reach the gateway&apos;s REST API at %1: %2.</source>
        <translation>Impossibile raggiungere l&apos;API REST del gateway su %1: %2.</translation>
    </message>
    <message>
        <source>The gateway refused the API token or secret (HTTP %1%2); check the REST-API key and secret under System → Advanced view → REST-API.</source>
        <translation>Il gateway ha rifiutato il token o il segreto API (HTTP %1%2); verificare la chiave e il segreto REST-API sotto System → Advanced view → REST-API.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer to %1 %2 is not JSON.</source>
        <translation>La risposta del gateway a %1 %2 non è JSON.</translation>
    </message>
    <message>
        <source>The gateway answered %1 %2 with an error: %3 (code %4).</source>
        <translation>Il gateway ha risposto a %1 %2 con un errore: %3 (codice %4).</translation>
    </message>
    <message>
        <source>The gateway answered %1 %2 with HTTP %3; is %4 the REST API (port 8445, path /v1)?</source>
        <translation>Il gateway ha risposto a %1 %2 con HTTP %3; %4 è davvero l&apos;API REST (porta 8445, percorso /v1)?</translation>
    </message>
    <message>
        <source>The gateway&apos;s list of managed domains is not keyed by customer.</source>
        <translation>L&apos;elenco dei domini gestiti del gateway non è organizzato per cliente.</translation>
    </message>
    <message>
        <source>Creating the managed domain &quot;%1&quot; needs its routing data: a forwarding host and port (the mail server the gateway delivers to).</source>
        <translation>La creazione del dominio gestito &quot;%1&quot; richiede i suoi dati di instradamento: un host e una porta di inoltro (il server di posta a cui il gateway consegna).</translation>
    </message>
</context>
<context>
    <name>SeppmailManagedDomainsTarget</name>
    <message>
        <source>Enter the MPKI → Sectigo values on the gateway&apos;s admin page (the values sheet lists them).</source>
        <translation>Inserire i valori MPKI → Sectigo nella pagina di amministrazione del gateway (il foglio dei valori li elenca).</translation>
    </message>
    <message>
        <source>Tick %1 under &quot;MPKI managed domains&quot; on the gateway&apos;s MPKI page.</source>
        <translation>Selezionare %1 sotto &quot;MPKI managed domains&quot; nella pagina MPKI del gateway.</translation>
    </message>
    <message>
        <source>Switch on automatic renewal with an overlap of %1 days under &quot;Settings&quot;.</source>
        <translation>Attivare il rinnovo automatico con una sovrapposizione di %1 giorni sotto &quot;Settings&quot;.</translation>
    </message>
    <message>
        <source>Managed domains on the gateway (customer %1): %2 present, %3 created.</source>
        <translation>Domini gestiti sul gateway (cliente %1): presenti %2, creati %3.</translation>
    </message>
    <message>
        <source>Creating the managed domain %1 on the gateway failed: %2</source>
        <translation>La creazione del dominio gestito %1 sul gateway non è riuscita: %2</translation>
    </message>
    <message>
        <source>Created the managed domain %1 (customer %2, forwarding to %3:%4).</source>
        <translation>Dominio gestito %1 creato (cliente %2, inoltro a %3:%4).</translation>
    </message>
    <message>
        <source>SEPPmail REST API at %1 (customer %2)</source>
        <translation>API REST SEPPmail su %1 (cliente %2)</translation>
    </message>
    <message>
        <source>Checking the managed domains of customer %1 on %2.</source>
        <translation>Verifica dei domini gestiti del cliente %1 su %2.</translation>
    </message>
    <message>
        <source>Could not check the managed domains on the gateway: %1</source>
        <translation>Non è stato possibile verificare i domini gestiti sul gateway: %1</translation>
    </message>
    <message>
        <source>Checked: %1 is a managed domain of customer %2 on the gateway.</source>
        <translation>Verificato: %1 è un dominio gestito del cliente %2 sul gateway.</translation>
    </message>
    <message>
        <source>Managed domains checked on the gateway (customer %1): %2 present.</source>
        <translation>Domini gestiti verificati sul gateway (cliente %1): presenti %2.</translation>
    </message>
    <message>
        <source>Managed domains checked on the gateway (customer %1): %2 missing%3.</source>
        <translation>Domini gestiti verificati sul gateway (cliente %1): mancanti %2%3.</translation>
    </message>
    <message>
        <source>, %1 present</source>
        <translation>, presenti %1</translation>
    </message>
    <message>
        <source>Create the managed domains %1 on the gateway (Mail system → Managed domains): creating them needs a forwarding host in the plan (gateway.api.forwardingHost).</source>
        <translation>Creare i domini gestiti %1 sul gateway (Mail system → Managed domains): per crearli serve un host di inoltro nel piano (gateway.api.forwardingHost).</translation>
    </message>
    <message>
        <source>Create the managed domains %1 on the gateway (Mail system → Managed domains), or let mpki-setup create them with gateway.api.createMissingManagedDomains and a forwarding host.</source>
        <translation>Creare i domini gestiti %1 sul gateway (Mail system → Managed domains), oppure lasciare che mpki-setup li crei con gateway.api.createMissingManagedDomains e un host di inoltro.</translation>
    </message>
    <message>
        <source>Create the managed domain %1 for customer %2, forwarding mail to %3:%4%5.</source>
        <translation>Creare il dominio gestito %1 per il cliente %2, con inoltro della posta a %3:%4%5.</translation>
    </message>
    <message>
        <source>, and apply the mail configuration</source>
        <translation>, e applicare la configurazione della posta</translation>
    </message>
    <message>
        <source>Changing the gateway&apos;s mail routing: %1</source>
        <translation>Modifica dell&apos;instradamento della posta del gateway: %1</translation>
    </message>
    <message>
        <source>Managed domains %1 are missing on the gateway; creating them was declined.</source>
        <translation>Mancano sul gateway i domini gestiti %1; la loro creazione è stata rifiutata.</translation>
    </message>
    <message>
        <source>Create the managed domains %1 on the gateway.</source>
        <translation>Creare i domini gestiti %1 sul gateway.</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Runs the Sectigo Certificate Manager simulator on 127.0.0.1 until interrupted (Ctrl+C).
Every behaviour the real SCM leaves undocumented is an option below; the simulator&apos;s README says what each default assumes.</source>
        <translation>Esegue il simulatore di Sectigo Certificate Manager su 127.0.0.1 fino all&apos;interruzione (Ctrl+C).
Ogni comportamento che il vero SCM lascia non documentato è un&apos;opzione qui sotto; il README del simulatore spiega che cosa presuppone ogni valore predefinito.</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one (default).</source>
        <translation>Porta TCP su 127.0.0.1; 0 ne sceglie una libera (predefinito).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>HTTPS with a certificate from a CA generated at start.</source>
        <translation>HTTPS con un certificato di una CA generata all&apos;avvio.</translation>
    </message>
    <message>
        <source>First line of output: one JSON object with baseUrl, customerUri, login, password (and caCertificate with --tls).</source>
        <translation>Prima riga dell&apos;output: un oggetto JSON con baseUrl, customerUri, login, password (e caCertificate con --tls).</translation>
    </message>
    <message>
        <source>ui-only (default): the API refuses a new admin&apos;s temporary password until it is changed at /customer/&lt;uri&gt;/; api-change: POST admin/v1/changepassword accepts it.</source>
        <translation>ui-only (predefinito): l&apos;API rifiuta la password temporanea di un nuovo amministratore finché non viene cambiata su /customer/&lt;uri&gt;/; api-change: POST admin/v1/changepassword la accetta.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODALITÀ</translation>
    </message>
    <message>
        <source>current (default): API-only is type API; legacy: API-only is the privilege wsApiUseOnly.</source>
        <translation>current (predefinito): solo API è il tipo API; legacy: solo API è il privilegio wsApiUseOnly.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Seconds from submit until an organisation validation is decided (default 20).</source>
        <translation>Secondi dall&apos;invio fino alla decisione su una validazione dell&apos;organizzazione (predefinito 20).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>VALIDATED (default) or FAILED.</source>
        <translation>VALIDATED (predefinito) o FAILED.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>Seconds from DCV submit until the domain is VALIDATED (default 5).</source>
        <translation>Secondi dall&apos;invio della DCV fino a quando il dominio è VALIDATED (predefinito 5).</translation>
    </message>
    <message>
        <source>Delay every answer by N ms (other requests are served meanwhile).</source>
        <translation>Ritardare ogni risposta di N ms (le altre richieste vengono servite nel frattempo).</translation>
    </message>
    <message>
        <source>Share of API requests (0..1) that fail: 503, 429 with Retry-After, reset connection, truncated JSON, or a change made and its answer lost.</source>
        <translation>Quota di richieste API (0..1) che falliscono: 503, 429 con Retry-After, connessione reimpostata, JSON troncato, oppure una modifica eseguita con la risposta persa.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Seed of the fault choice (default 1).</source>
        <translation>Seme della scelta degli errori (predefinito 1).</translation>
    </message>
    <message>
        <source>Append every request to FILE as one JSON line.</source>
        <translation>Aggiungere ogni richiesta a FILE come una riga JSON.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Keep the simulated account in FILE (JSON, 0600), loaded at start and saved after each change.</source>
        <translation>Conservare l&apos;account simulato in FILE (JSON, 0600), caricato all&apos;avvio e salvato dopo ogni modifica.</translation>
    </message>
    <message>
        <source>Customer URI of a new account (default demo).</source>
        <translation>Customer URI di un nuovo account (predefinito demo).</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Login of a new account&apos;s MRAO admin (default mrao-admin).</source>
        <translation>Login dell&apos;amministratore MRAO di un nuovo account (predefinito mrao-admin).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Also run the SEPPmail gateway simulator (REST API below /v1) on this port; 0 picks a free one. It uses HTTPS with --tls; its token and secret are generated at start.</source>
        <translation>Eseguire anche il simulatore del gateway SEPPmail (API REST sotto /v1) su questa porta; 0 ne sceglie una libera. Usa HTTPS con --tls; il suo token e il suo segreto vengono generati all&apos;avvio.</translation>
    </message>
    <message>
        <source>Comma-separated managed domains the gateway simulator&apos;s customer [default] starts with.</source>
        <translation>Domini gestiti, separati da virgole, con cui inizia il cliente [default] del simulatore del gateway.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>ELENCO</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port richiede un numero da 0 a 65535, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--temp-password is ui-only or api-change, not &apos;%1&apos;</source>
        <translation>--temp-password è ui-only o api-change, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dialect is current or legacy, not &apos;%1&apos;</source>
        <translation>--dialect è current o legacy, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--validation-delay needs whole seconds (0 or more), not &apos;%1&apos;</source>
        <translation>--validation-delay richiede secondi interi (0 o più), non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--validation-outcome is VALIDATED or FAILED, not &apos;%1&apos;</source>
        <translation>--validation-outcome è VALIDATED o FAILED, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dcv-delay needs whole seconds (0 or more), not &apos;%1&apos;</source>
        <translation>--dcv-delay richiede secondi interi (0 o più), non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--latency-ms needs milliseconds (0 or more), not &apos;%1&apos;</source>
        <translation>--latency-ms richiede millisecondi (0 o più), non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--fault-rate needs a share from 0 to 1, not &apos;%1&apos;</source>
        <translation>--fault-rate richiede una quota da 0 a 1, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &apos;%1&apos;</source>
        <translation>--seed richiede un numero intero, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--customer-uri needs a name without &apos;/&apos;, not &apos;%1&apos;</source>
        <translation>--customer-uri richiede un nome senza &apos;/&apos;, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--gateway-port needs a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--gateway-port richiede un numero da 0 a 65535, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--login needs at least 3 characters</source>
        <translation>--login richiede almeno 3 caratteri</translation>
    </message>
    <message>
        <source>SCM simulator running (Ctrl+C stops it)
  API base URL:  %1/api/
  Web page:      %1/customer/%2/
  Customer URI:  %2
  MRAO login:    %3
  MRAO password: %4
</source>
        <translation>Simulatore SCM in esecuzione (Ctrl+C lo arresta)
  URL di base API: %1/api/
  Pagina web:      %1/customer/%2/
  Customer URI:    %2
  Login MRAO:      %3
  Password MRAO:   %4
</translation>
    </message>
    <message>
        <source>SEPPmail gateway simulator running
  REST API URL:  %1
  API token:     %2
  API secret:    %3
</source>
        <translation>Simulatore del gateway SEPPmail in esecuzione
  URL API REST:  %1
  Token API:     %2
  Segreto API:   %3
</translation>
    </message>
    <message>
        <source>  CA certificate (trust it for HTTPS):</source>
        <translation>  Certificato CA (da considerare attendibile per HTTPS):</translation>
    </message>
    <message>
        <source>The gateway customer whose managed domains --gateway-domains gives (default [default]).</source>
        <translation>Il cliente del gateway di cui --gateway-domains indica i domini gestiti (predefinito [default]).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>--gateway-customer needs a name</source>
        <translation>--gateway-customer richiede un nome</translation>
    </message>
    <message>
        <source>--gateway-domains and --gateway-customer need --gateway-port</source>
        <translation>--gateway-domains e --gateway-customer richiedono --gateway-port</translation>
    </message>
    <message>
        <source>How the API refuses a temporary password: 401 (default, code -16), 403 (code -37) or 400 (a description saying the password must be changed).</source>
        <translation>Come l&apos;API rifiuta una password temporanea: 401 (predefinito, codice -16), 403 (codice -37) o 400 (una descrizione secondo cui la password deve essere cambiata).</translation>
    </message>
    <message>
        <source>Lock an admin after N consecutive refused logins (default 0: never); an MRAO unlocks it by setting its password.</source>
        <translation>Bloccare un amministratore dopo N accessi rifiutati consecutivi (predefinito 0: mai); un MRAO lo sblocca impostandone la password.</translation>
    </message>
    <message>
        <source>What Sectigo decides about a submitted DCV order: VALIDATED (default) or REJECTED (a new start then issues a new record).</source>
        <translation>Cosa decide Sectigo su un ordine DCV inviato: VALIDATED (predefinito) o REJECTED (un nuovo avvio emette allora un nuovo record).</translation>
    </message>
    <message>
        <source>Answer shape of Sectigo&apos;s documents: 25.5 (default; validations carry validationLevel) or 25.9 (validations carry only type and permittedCertTypes).</source>
        <translation>Forma delle risposte dei documenti di Sectigo: 25.5 (predefinito; le validazioni contengono validationLevel) o 25.9 (le validazioni contengono solo type e permittedCertTypes).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Answer the SCM API&apos;s reads as recorded in FILE, a file written by `mpki-setup probe`, with newly generated credentials; nothing changes.</source>
        <translation>Rispondere alle letture dell&apos;API di SCM come registrate in FILE, un file scritto da `mpki-setup probe`, con credenziali generate ex novo; non cambia nulla.</translation>
    </message>
    <message>
        <source>--temp-password-refusal is 401, 403 or 400, not &apos;%1&apos;</source>
        <translation>--temp-password-refusal è 401, 403 o 400, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--lockout-after needs a whole number (0 or more), not &apos;%1&apos;</source>
        <translation>--lockout-after richiede un numero intero (0 o più), non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dcv-outcome is VALIDATED or REJECTED, not &apos;%1&apos;</source>
        <translation>--dcv-outcome è VALIDATED o REJECTED, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--schema-version is 25.5 or 25.9, not &apos;%1&apos;</source>
        <translation>--schema-version è 25.5 o 25.9, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--replay answers from its file: it takes no --state</source>
        <translation>--replay risponde dal proprio file: non accetta --state</translation>
    </message>
    <message>
        <source>How GET admin/v1/{id} answers reseted: date (default, Sectigo&apos;s schema: the reset date while the password is temporary), kept (that date stays after the change), boolean (true while temporary) or absent (never).</source>
        <translation>Come GET admin/v1/{id} restituisce reseted: date (predefinito, lo schema di Sectigo: la data del ripristino finché la password è temporanea), kept (quella data resta dopo la modifica), boolean (true finché è temporanea) o absent (mai).</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>FORMA</translation>
    </message>
    <message>
        <source>--reseted-shape is date, kept, boolean or absent, not &apos;%1&apos;</source>
        <translation>--reseted-shape è date, kept, boolean o absent, non «%1»</translation>
    </message>
    <message>
        <source>Every password set for an admin other than the simulator&apos;s own MRAO admin expires N days after it is set (0 to 3650) instead of after 90 days.</source>
        <translation>Ogni password impostata per un amministratore diverso dall&apos;amministratore MRAO del simulatore scade N giorni dopo essere stata impostata (da 0 a 3650) invece che dopo 90 giorni.</translation>
    </message>
    <message>
        <source>Comma-separated faults --fault-rate draws: 503, 429, reset, truncated (the default four), malformed, no-location, slow-drip, 5xx-burst.</source>
        <translation>Errori, separati da virgole, tra cui sceglie --fault-rate: 503, 429, reset, truncated (i quattro predefiniti), malformed, no-location, slow-drip, 5xx-burst.</translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation>TIPI</translation>
    </message>
    <message>
        <source>--operator-password-expires-in-days needs whole days from 0 to 3650, not &apos;%1&apos;</source>
        <translation>--operator-password-expires-in-days richiede giorni interi da 0 a 3650, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--fault-kinds: %1</source>
        <translation>--fault-kinds: %1</translation>
    </message>
    <message>
        <source>--state needs a file name</source>
        <translation>--state richiede un nome di file</translation>
    </message>
    <message>
        <source>--state %1 is a directory; it takes a file, e.g. %2</source>
        <translation>--state %1 è una cartella; richiede un file, ad es. %2</translation>
    </message>
    <message>
        <source>--state %1: the directory %2 does not exist; create it first</source>
        <translation>--state %1: la cartella %2 non esiste; crearla prima</translation>
    </message>
    <message>
        <source>--gateway-domains &apos;%1&apos; has an empty domain name; give names separated by commas, e.g. example.ch,example.org</source>
        <translation>--gateway-domains &apos;%1&apos; contiene un nome di dominio vuoto; indicare i nomi separati da virgole, ad es. example.ch,example.org</translation>
    </message>
</context>
<context>
    <name>SimulatedPerson</name>
    <message>
        <source>The web page %1 shows no login form: %2</source>
        <translation>La pagina web %1 non mostra alcun modulo di accesso: %2</translation>
    </message>
    <message>
        <source>Logging in as %1 failed: %2</source>
        <translation>L&apos;accesso come %1 non è riuscito: %2</translation>
    </message>
    <message>
        <source>Setting the new password of %1 failed: %2</source>
        <translation>L&apos;impostazione della nuova password di %1 non è riuscita: %2</translation>
    </message>
</context>
<context>
    <name>SimulatorProcess</name>
    <message>
        <source>The simulators could not be started (%1): %2</source>
        <translation>Non è stato possibile avviare i simulatori (%1): %2</translation>
    </message>
    <message>
        <source>The simulators did not say where they listen within %1 s.</source>
        <translation>I simulatori non hanno indicato entro %1 s dove sono in ascolto.</translation>
    </message>
    <message>
        <source>The simulators ended at their start (exit code %1).</source>
        <translation>I simulatori si sono chiusi all&apos;avvio (codice di uscita %1).</translation>
    </message>
    <message>
        <source>The simulators&apos; first line is not the expected JSON object: %1</source>
        <translation>La prima riga dei simulatori non è l&apos;oggetto JSON atteso: %1</translation>
    </message>
    <message>
        <source>The simulators&apos; process crashed.</source>
        <translation>Il processo dei simulatori si è arrestato in modo anomalo.</translation>
    </message>
    <message>
        <source>The simulators&apos; process ended (exit code %1).</source>
        <translation>Il processo dei simulatori è terminato (codice di uscita %1).</translation>
    </message>
    <message>
        <source>The simulators&apos; first line is JSON, but not the expected object {...}.</source>
        <translation>La prima riga dei simulatori è JSON, ma non l&apos;oggetto {...} atteso.</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>This is not an mpki-setup state file.</source>
        <translation>Questo non è un file di stato di mpki-setup.</translation>
    </message>
    <message>
        <source>The state was written by a version of mpki-setup this one does not read (format %1; this one reads %2).</source>
        <translation>Lo stato è stato scritto da una versione di mpki-setup che questa non sa leggere (formato %1; questa legge %2).</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>The state directory %1 is a file; give a directory.</source>
        <translation>La cartella di stato %1 è un file; indicare una cartella.</translation>
    </message>
    <message>
        <source>Cannot create the state directory %1; check that its parent exists and is writable.</source>
        <translation>Impossibile creare la cartella di stato %1; verificare che la cartella superiore esista e sia scrivibile.</translation>
    </message>
    <message>
        <source>Another mpki-setup is using %1 (pid %2%3). Wait for it to finish, or stop it, then try again.</source>
        <translation>Un altro mpki-setup sta usando %1 (pid %2%3). Attendere che finisca, o arrestarlo, poi riprovare.</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> su %1</translation>
    </message>
    <message>
        <source>Another mpki-setup is using %1. Wait for it to finish, or stop it, then try again.</source>
        <translation>Un altro mpki-setup sta usando %1. Attendere che finisca, o arrestarlo, poi riprovare.</translation>
    </message>
    <message>
        <source>Cannot lock the state directory %1 (%2); check its permissions.</source>
        <translation>Impossibile bloccare la cartella di stato %1 (%2); verificarne i permessi.</translation>
    </message>
    <message>
        <source>The state directory %1 is not open.</source>
        <translation>La cartella di stato %1 non è aperta.</translation>
    </message>
    <message>
        <source>Cannot read the state %1: %2.</source>
        <translation>Impossibile leggere lo stato %1: %2.</translation>
    </message>
    <message>
        <source>There is no mpki-setup state in %1 (no %2). Give the directory a run used with --state.</source>
        <translation>Nessuno stato di mpki-setup in %1 (manca %2). Indicare la cartella usata da un&apos;esecuzione con --state.</translation>
    </message>
    <message>
        <source>The state %1 is damaged (%2 at offset %3).</source>
        <translation>Lo stato %1 è danneggiato (%2 alla posizione %3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot lock the state directory %1 (%2): %3.</source>
        <translation>Impossibile bloccare la cartella di stato %1 (%2): %3.</translation>
    </message>
    <message>
        <source>%1. The previous state is unchanged.</source>
        <translation>%1. Lo stato precedente è invariato.</translation>
    </message>
    <message>
        <source>The state directory %1 belongs to someone else and others can write into it (mode %2): they could replace the state or the journal. Give a directory of your own (e.g. a new one; it is made private).</source>
        <translation>La cartella di stato %1 appartiene a qualcun altro e altri possono scrivervi (modalità %2): potrebbero sostituire lo stato o il registro. Indicare una cartella propria (ad es. una nuova; viene resa privata).</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>the admin %1</source>
        <translation>l&apos;amministratore %1</translation>
    </message>
    <message>
        <source>the operator %1</source>
        <translation>l&apos;operatore %1</translation>
    </message>
    <message>
        <source>Password of %1: does not expire.</source>
        <translation>Password per %1: non scade.</translation>
    </message>
    <message>
        <source>Password of %1: expires on %2 (%3 days left).</source>
        <translation>Password per %1: scade il %2 (mancano %3 giorni).</translation>
    </message>
    <message>
        <source>The password of %1 has expired (%2): change it in SCM before the next run.</source>
        <translation>La password per %1 è scaduta (%2): cambiarla in SCM prima della prossima esecuzione.</translation>
    </message>
    <message>
        <source>The password of %1 has expired (%2): the gateway cannot request certificates; set a new one in SCM and on the gateway.</source>
        <translation>La password per %1 è scaduta (%2): il gateway non può richiedere certificati; impostarne una nuova in SCM e sul gateway.</translation>
    </message>
    <message>
        <source>The password of %1 expires in %2 days (%3): change it in SCM soon.</source>
        <translation>La password per %1 scade tra %2 giorni (%3): cambiarla presto in SCM.</translation>
    </message>
    <message>
        <source>The password of %1 expires in %2 days (%3): change it in SCM and on the gateway before then, or the gateway stops getting certificates.</source>
        <translation>La password per %1 scade tra %2 giorni (%3): cambiarla in SCM e sul gateway prima di tale data, altrimenti il gateway non riceverà più certificati.</translation>
    </message>
    <message>
        <source>Shows where the procedure in a state directory stands: each step&apos;s status, time, message and SCM ids, and when the passwords of the admin and the operator expire.</source>
        <translation>Mostra a che punto è la procedura in una cartella di stato: stato, ora, messaggio e ID SCM di ogni passo, e quando scadono le password dell&apos;amministratore e dell&apos;operatore.</translation>
    </message>
    <message>
        <source>The state directory of a run.</source>
        <translation>La cartella di stato di un&apos;esecuzione.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Stampare un oggetto JSON invece del testo.</translation>
    </message>
    <message>
        <source>mpki-setup status: %1
</source>
        <translation>mpki-setup status: %1
</translation>
    </message>
    <message>
        <source>mpki-setup status: give the state directory with --state DIR.
</source>
        <translation>mpki-setup status: indicare la cartella di stato con --state DIR.
</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>The secret store cannot be read: %1</source>
        <translation>L&apos;archivio dei segreti non può essere letto: %1</translation>
    </message>
    <message>
        <source>The secret store cannot keep the operator&apos;s password, so nothing was sent: %1</source>
        <translation>L&apos;archivio dei segreti non può conservare la password dell&apos;operatore, quindi non è stato inviato nulla: %1</translation>
    </message>
    <message>
        <source>Listing the organisations</source>
        <translation>Elenco delle organizzazioni</translation>
    </message>
    <message>
        <source>The organisation &apos;%1&apos; (or its department) does not exist in SCM yet: run the organization step first.</source>
        <translation>L&apos;organizzazione &apos;%1&apos; (o il suo dipartimento) non esiste ancora in SCM: eseguire prima il passo dell&apos;organizzazione.</translation>
    </message>
    <message>
        <source>Looking up the admin %1</source>
        <translation>Ricerca dell&apos;amministratore %1</translation>
    </message>
    <message>
        <source>SCM does not show the admin &apos;%1&apos; to itself.</source>
        <translation>SCM non mostra l&apos;amministratore &apos;%1&apos; a sé stesso.</translation>
    </message>
    <message>
        <source>Reading the admin %1</source>
        <translation>Lettura dell&apos;amministratore %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 non riuscito: %2</translation>
    </message>
    <message>
        <source> (SCM: %1)</source>
        <translation> (SCM: %1)</translation>
    </message>
    <message>
        <source>Reading the operator %1</source>
        <translation>Lettura dell&apos;operatore %1</translation>
    </message>
    <message>
        <source>Looking up the operator %1</source>
        <translation>Ricerca dell&apos;operatore %1</translation>
    </message>
    <message>
        <source>The operator %1 does not exist yet: run the operator step first.</source>
        <translation>L&apos;operatore %1 non esiste ancora: eseguire prima il passo dell&apos;operatore.</translation>
    </message>
</context>
<context>
    <name>StepOverviewTable</name>
    <message>
        <source>Steps of the onboarding</source>
        <translation>Passi della configurazione</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>What exists</source>
        <translation>Cosa esiste</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Cosa verrà fatto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passo %1 di %2: %3</translation>
    </message>
</context>
<context>
    <name>StepPresenter</name>
    <message>
        <source>Organisation id</source>
        <translation>ID dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Department id</source>
        <translation>ID del dipartimento</translation>
    </message>
    <message>
        <source>Validation id</source>
        <translation>ID della validazione</translation>
    </message>
    <message>
        <source>Operator admin id</source>
        <translation>ID dell&apos;amministratore operatore</translation>
    </message>
    <message>
        <source>Admin id</source>
        <translation>ID dell&apos;amministratore</translation>
    </message>
    <message>
        <source>S/MIME profile id</source>
        <translation>ID del profilo S/MIME</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Domain %1: id %2</source>
        <translation>Dominio %1: ID %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>oggi %1</translation>
    </message>
    <message>
        <source>Log in with the admin user provided by Sectigo (an MRAO admin). The wizard checks the account and its rights before it changes anything.</source>
        <translation>Accedere con l&apos;utente amministratore fornito da Sectigo (un amministratore MRAO). La procedura guidata verifica l&apos;account e i suoi diritti prima di modificare qualsiasi cosa.</translation>
    </message>
    <message>
        <source>To begin with, the organisation must be set up. Fill in at least the mandatory fields (marked with *). The wizard creates the organisation in the Certificate Manager — or adopts it when it exists already — and activates the Web API (REST enrolment) for it.</source>
        <translation>Per iniziare occorre configurare l&apos;organizzazione. Compilare almeno i campi obbligatori (contrassegnati con *). La procedura guidata crea l&apos;organizzazione nel Certificate Manager — o la adotta se esiste già — e vi attiva la Web API (iscrizione REST).</translation>
    </message>
    <message>
        <source>In the next step, the newly created organisation needs to be validated. The wizard starts the external validation process (OV S/MIME). After successful validation the status “VALIDATED” appears. Sectigo&apos;s vetting can take hours or days: you may go on with the next steps, or close the wizard and come back later.</source>
        <translation>Nel passo successivo l&apos;organizzazione appena creata deve essere validata. La procedura guidata avvia il processo di validazione esterno (OV S/MIME). Dopo una validazione riuscita compare lo stato «VALIDATED». La verifica di Sectigo può richiedere ore o giorni: è possibile proseguire con i passi successivi, oppure chiudere la procedura guidata e tornare più tardi.</translation>
    </message>
    <message>
        <source>Create the domain for which e-mail certificates should be received later, and select the organisation created above. The wizard delegates each domain to the organisation for S/MIME and starts domain control validation (DCV) of the registered domain.</source>
        <translation>Creare il dominio per il quale in seguito si riceveranno certificati e-mail e selezionare l&apos;organizzazione creata sopra. La procedura guidata delega ogni dominio all&apos;organizzazione per S/MIME e avvia la validazione del controllo del dominio (DCV) del dominio registrato.</translation>
    </message>
    <message>
        <source>Create the “Operator” user via which the SEPPmail MPKI interface accesses the Certificate Manager in the future, with the privilege for client certificates. Do NOT yet select the privilege “WS API use only”: the operator must log in once first.</source>
        <translation>Creare l&apos;utente «Operator» tramite il quale l&apos;interfaccia MPKI di SEPPmail accederà in futuro al Certificate Manager, con il privilegio per i certificati client. NON selezionare ancora il privilegio «WS API use only»: l&apos;operatore deve prima accedere una volta.</translation>
    </message>
    <message>
        <source>The new user needs to log in once to change their password. The wizard tries this over the API; when the Certificate Manager refuses, log in as the operator at the address below and set exactly the new password shown.</source>
        <translation>Il nuovo utente deve accedere una volta per cambiare la sua password. La procedura guidata tenta di farlo tramite l&apos;API; se il Certificate Manager rifiuta, accedere come operatore all&apos;indirizzo sottostante e impostare esattamente la nuova password mostrata.</translation>
    </message>
    <message>
        <source>Now the operator is given the necessary right “WS API use only”. Only now: an API-only account can no longer log in to the web interface.</source>
        <translation>Ora all&apos;operatore viene assegnato il diritto necessario «WS API use only». Solo ora: un account solo API non può più accedere all&apos;interfaccia web.</translation>
    </message>
    <message>
        <source>The wizard logs in as the operator, as the gateway will, and checks that the chosen S/MIME certificate type and term exist and that no mandatory custom field is unmet.</source>
        <translation>La procedura guidata accede come operatore, come farà il gateway, e verifica che il tipo di certificato S/MIME e la durata scelti esistano e che nessun campo personalizzato obbligatorio sia insoddisfatto.</translation>
    </message>
    <message>
        <source>Next, the connection must be set up on the side of the SEPPmail Secure E-Mail Gateway: in the MPKI menu, section “Connector”, choose the MPKI type SECTIGO and enter the values below under “Default parameters”. Activate the automatic renewal of certificates with an overlap of at least 30 days.</source>
        <translation>Ora occorre configurare la connessione sul lato del SEPPmail Secure E-Mail Gateway: nel menu MPKI, sezione «Connector», scegliere il tipo MPKI SECTIGO e inserire i valori sottostanti sotto «Default parameters». Attivare il rinnovo automatico dei certificati con una sovrapposizione di almeno 30 giorni.</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>pending</source>
        <translation>in sospeso</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
</context>
<context>
    <name>StepStatusPanel</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annulla %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Avanzamento di %1</translation>
    </message>
    <message>
        <source>Waiting for the steps it needs.</source>
        <translation>In attesa dei passi necessari.</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>Non ancora avviato.</translation>
    </message>
    <message>
        <source>Last checked: %1 · next check: %2</source>
        <translation>Ultimo controllo: %1 · prossimo: %2</translation>
    </message>
    <message>
        <source>when the wizard runs again</source>
        <translation>quando la procedura guidata verrà riavviata</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Ultima modifica: %1</translation>
    </message>
    <message>
        <source>Check no&amp;w</source>
        <translation>Veri&amp;ficare ora</translation>
    </message>
    <message>
        <source>You can close the wizard now: it checks again when you open it.</source>
        <translation>È possibile chiudere ora la procedura guidata: verificherà di nuovo alla prossima apertura.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Check the account</source>
        <translation>Verificare l&apos;account</translation>
    </message>
    <message>
        <source>Create or adopt the organisation</source>
        <translation>Creare o adottare l&apos;organizzazione</translation>
    </message>
    <message>
        <source>Validate the organisation (OV S/MIME)</source>
        <translation>Validare l&apos;organizzazione (OV S/MIME)</translation>
    </message>
    <message>
        <source>Delegate and validate the e-mail domains</source>
        <translation>Delegare e validare i domini e-mail</translation>
    </message>
    <message>
        <source>Create or adopt the gateway&apos;s operator</source>
        <translation>Creare o adottare l&apos;operatore del gateway</translation>
    </message>
    <message>
        <source>Change the operator&apos;s temporary password</source>
        <translation>Cambiare la password temporanea dell&apos;operatore</translation>
    </message>
    <message>
        <source>Make the operator API-only</source>
        <translation>Limitare l&apos;operatore all&apos;API (&quot;WS API use only&quot;)</translation>
    </message>
    <message>
        <source>Verify the gateway&apos;s credentials</source>
        <translation>Verificare le credenziali del gateway</translation>
    </message>
    <message>
        <source>Hand the values to the gateway</source>
        <translation>Consegnare i valori al gateway</translation>
    </message>
</context>
<context>
    <name>TcsGuard</name>
    <message>
        <source>The customer URI &apos;%1&apos; belongs to a GÉANT TCS account. S/MIME issuance for TCS through Sectigo ended on 2025-01-10; TCS certificates now come from HARICA, and SEPPmail&apos;s HARICA connector is the way to connect the gateway. Nothing was changed. If you really mean to set up this legacy Sectigo account, run again with --allow-legacy-tcs.</source>
        <translation>La Customer URI &apos;%1&apos; appartiene a un account GÉANT TCS. L&apos;emissione S/MIME per TCS tramite Sectigo è terminata il 2025-01-10; i certificati TCS provengono ora da HARICA, e il connettore HARICA di SEPPmail è il modo per collegare il gateway. Non è stato modificato nulla. Se si intende davvero configurare questo vecchio account Sectigo, eseguire di nuovo con --allow-legacy-tcs.</translation>
    </message>
</context>
<context>
    <name>TrustedCertificates</name>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Impossibile leggere il file di certificato %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate file.</source>
        <translation>%1 è troppo grande per essere un file di certificato.</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER). Choose the CA certificate your SCM&apos;s certificate was issued by.</source>
        <translation>%1 non contiene alcun certificato (PEM o DER). Scegliere il certificato CA che ha emesso il certificato del Suo SCM.</translation>
    </message>
    <message>
        <source>A trusted CA certificate kept in %1 is damaged and was skipped; add the certificate file again.</source>
        <translation>Un certificato CA attendibile conservato in %1 è danneggiato ed è stato ignorato; aggiungere di nuovo il file del certificato.</translation>
    </message>
    <message>
        <source>The trusted CA certificates could not be saved in %1; they are trusted only until the wizard is closed.</source>
        <translation>Non è stato possibile salvare i certificati CA attendibili in %1; sono considerati attendibili solo fino alla chiusura della procedura guidata.</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <source>&amp;Request validation</source>
        <translation>Richiedere la &amp;validazione</translation>
    </message>
    <message>
        <source>Organisation validation (OV S/MIME: Sectigo checks that the organisation exists) by Sectigo.</source>
        <translation>Validazione dell&apos;organizzazione da parte di Sectigo (OV S/MIME: Sectigo verifica che l&apos;organizzazione esista).</translation>
    </message>
    <message>
        <source>Look for a validation of the organisation; request OV S/MIME validation only when there is none (an expired one is renewed), for “%1” with the identifier %2.</source>
        <translation>Cercare una validazione dell&apos;organizzazione; richiedere la validazione OV S/MIME solo se non ne esiste alcuna (una scaduta viene rinnovata), per «%1» con l&apos;identificativo %2.</translation>
    </message>
    <message>
        <source>Wait for Sectigo&apos;s vetting: it can take days. The next steps go on meanwhile.</source>
        <translation>Attendere la verifica di Sectigo: può richiedere giorni. Nel frattempo i passi successivi proseguono.</translation>
    </message>
    <message>
        <source>You can close the wizard while it waits: the next start checks again.</source>
        <translation>È possibile chiudere la procedura guidata durante l&apos;attesa: al prossimo avvio verificherà di nuovo.</translation>
    </message>
</context>
<context>
    <name>ValidationStep</name>
    <message>
        <source>Reading the organisation&apos;s validations</source>
        <translation>Lettura delle validazioni dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Syncing the validation with the CA</source>
        <translation>Sincronizzazione della validazione con la CA</translation>
    </message>
    <message>
        <source>The organisation&apos;s %1 validation is VALIDATED (id %2).</source>
        <translation>La validazione %1 dell&apos;organizzazione è VALIDATED (ID %2).</translation>
    </message>
    <message>
        <source>(the CA gave no reason)</source>
        <translation>(la CA non ha indicato un motivo)</translation>
    </message>
    <message>
        <source>Sectigo refused the organisation&apos;s %1 validation: %2. Correct the organisation&apos;s details with Sectigo, then run again.</source>
        <translation>Sectigo ha rifiutato la validazione %1 dell&apos;organizzazione: %2. Correggere i dati dell&apos;organizzazione presso Sectigo, poi eseguire di nuovo.</translation>
    </message>
    <message>
        <source>The organisation&apos;s validation has expired: asking Sectigo to validate it again</source>
        <translation>La validazione dell&apos;organizzazione è scaduta: si chiede a Sectigo di validarla di nuovo</translation>
    </message>
    <message>
        <source>Re-validating the organisation</source>
        <translation>Nuova validazione dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Sectigo is vetting the organisation (%1 validation %2, status %3). This is human vetting and can take hours to days; the other steps go on meanwhile. Run again later to continue.</source>
        <translation>Sectigo sta verificando l&apos;organizzazione (%1 validazione %2, stato %3). Si tratta di una verifica manuale che può richiedere da ore a giorni; nel frattempo gli altri passi proseguono. Eseguire di nuovo più tardi per continuare.</translation>
    </message>
    <message>
        <source>Submitting the validation needs the CA backend&apos;s id, which only an MRAO admin can read. Run this step as an MRAO admin, or submit the organisation&apos;s validation in SCM&apos;s web page.</source>
        <translation>L&apos;invio della validazione richiede l&apos;ID del backend CA, che solo un amministratore MRAO può leggere. Eseguire questo passo come amministratore MRAO, oppure inviare la validazione dell&apos;organizzazione nella pagina web di SCM.</translation>
    </message>
    <message>
        <source>Reading the CA backends</source>
        <translation>Lettura dei backend CA</translation>
    </message>
    <message>
        <source>SCM lists no CA backend to validate the organisation with.</source>
        <translation>SCM non elenca alcun backend CA con cui validare l&apos;organizzazione.</translation>
    </message>
    <message>
        <source>Submitting the organisation for %1 validation</source>
        <translation>Invio dell&apos;organizzazione alla validazione %1</translation>
    </message>
    <message>
        <source>Submitting the validation</source>
        <translation>Invio della validazione</translation>
    </message>
    <message>
        <source>Submitted the organisation for validation (id %1). Sectigo vets it by hand, which can take hours to days; the other steps go on meanwhile. Run again later to continue.</source>
        <translation>Organizzazione inviata alla validazione (ID %1). Sectigo la verifica manualmente, il che può richiedere da ore a giorni; nel frattempo gli altri passi proseguono. Eseguire di nuovo più tardi per continuare.</translation>
    </message>
    <message>
        <source>Reading the validation&apos;s status</source>
        <translation>Lettura dello stato della validazione</translation>
    </message>
    <message>
        <source>Sectigo is validating the organisation again (%1). This is human vetting and can take hours to days; mpki-setup looks again from time to time, and at its next start.</source>
        <translation>Sectigo sta validando di nuovo l&apos;organizzazione (%1). Si tratta di una verifica manuale che può richiedere da ore a giorni; mpki-setup ricontrolla di tanto in tanto, e al suo prossimo avvio.</translation>
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
        <translation>%1, durata %2 giorni</translation>
    </message>
    <message>
        <source>%1 (switched on)</source>
        <translation>%1 (attivato)</translation>
    </message>
    <message>
        <source>Make sure every domain is a managed domain of the gateway (Mail system → Managed domains): %1.</source>
        <translation>Assicurarsi che ogni dominio sia un dominio gestito del gateway (Mail system → Managed domains): %1.</translation>
    </message>
    <message>
        <source>Open the gateway&apos;s MPKI menu.</source>
        <translation>Aprire il menu MPKI del gateway.</translation>
    </message>
    <message>
        <source>In section %1, under %2, select the managed domains %3.</source>
        <translation>Nella sezione %1, sotto %2, selezionare i domini gestiti %3.</translation>
    </message>
    <message>
        <source>Under %1, click &quot;%2&quot; and confirm with &quot;Select…&quot;; then save section %3 with &quot;Save&quot;.</source>
        <translation>Sotto %1, fare clic su &quot;%2&quot; e confermare con &quot;Select…&quot;; poi salvare la sezione %3 con &quot;Save&quot;.</translation>
    </message>
    <message>
        <source>In section %1, enter %2, %3 and %4 as listed above, and save.</source>
        <translation>Nella sezione %1, inserire %2, %3 e %4 come elencato sopra, e salvare.</translation>
    </message>
    <message>
        <source>After saving, the gateway loads the choices from Sectigo: choose %1 under %2 and %3 under %4.</source>
        <translation>Dopo il salvataggio, il gateway carica le opzioni da Sectigo: scegliere %1 sotto %2 e %3 sotto %4.</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 giorni)</translation>
    </message>
    <message>
        <source>Keep %1 as listed unless your users&apos; names are written surname first.</source>
        <translation>Mantenere %1 come elencato, a meno che i nomi dei Suoi utenti non siano scritti con il cognome per primo.</translation>
    </message>
    <message>
        <source>In section %1, switch on automatic renewal with an overlap of at least %2 days: enter %3.</source>
        <translation>Nella sezione %1, attivare il rinnovo automatico con una sovrapposizione di almeno %2 giorni: inserire %3.</translation>
    </message>
    <message>
        <source>Finish the MPKI configuration with &quot;Save&quot;.</source>
        <translation>Concludere la configurazione MPKI con &quot;Save&quot;.</translation>
    </message>
    <message>
        <source>Before %1, change the operator&apos;s password in SCM and enter the new one under %2.</source>
        <translation>Prima del %1, cambiare la password dell&apos;operatore in SCM e inserire quella nuova sotto %2.</translation>
    </message>
    <message>
        <source>In SCM, set the organisation&apos;s &quot;Default profile&quot; to %1 (Organizations → edit the organisation): the SCM REST API has no field for it, and the gateway&apos;s certificate types follow it.</source>
        <translation>In SCM, impostare il &quot;Default profile&quot; dell&apos;organizzazione su %1 (Organizations → modificare l&apos;organizzazione): l&apos;API REST di SCM non ha alcun campo per esso, e i tipi di certificato del gateway ne dipendono.</translation>
    </message>
    <message>
        <source>The organisation&apos;s &quot;Secret Key&quot; that older guides ask for is gone since SCM 23.6.1: leave it out.</source>
        <translation>La &quot;Secret Key&quot; dell&apos;organizzazione richiesta dalle guide più vecchie non esiste più da SCM 23.6.1: tralasciarla.</translation>
    </message>
    <message>
        <source>SEPPmail&apos;s REST API has no MPKI settings: the MPKI → Sectigo form is entered by hand as above.</source>
        <translation>L&apos;API REST di SEPPmail non ha impostazioni MPKI: il modulo MPKI → Sectigo va compilato a mano come sopra.</translation>
    </message>
    <message>
        <source>SEPPmail MPKI → Sectigo: values</source>
        <translation>SEPPmail MPKI → Sectigo: valori</translation>
    </message>
    <message>
        <source>Sectigo Certificate Manager: %1, customer URI %2</source>
        <translation>Sectigo Certificate Manager: %1, Customer URI %2</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Creato il %1</translation>
    </message>
    <message>
        <source>From the plan %1</source>
        <translation>Dal piano %1</translation>
    </message>
    <message>
        <source>The operator&apos;s password expires on %1</source>
        <translation>La password dell&apos;operatore scade il %1</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Prima di iniziare</translation>
    </message>
    <message>
        <source>The gateway&apos;s form, in the page&apos;s order</source>
        <translation>Il modulo del gateway, nell&apos;ordine della pagina</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>The password is masked; &quot;mpki-setup import --show-password&quot; shows it.</source>
        <translation>La password è mascherata; &quot;mpki-setup import --show-password&quot; la mostra.</translation>
    </message>
    <message>
        <source>Steps on the gateway</source>
        <translation>Passi sul gateway</translation>
    </message>
    <message>
        <source>What mpki-setup did on the gateway</source>
        <translation>Cosa ha fatto mpki-setup sul gateway</translation>
    </message>
    <message>
        <source>What the REST APIs cannot do</source>
        <translation>Cosa non possono fare le API REST</translation>
    </message>
    <message>
        <source>The values sheet &quot;%1&quot; must end in .pdf or .html.</source>
        <translation>Il foglio dei valori &quot;%1&quot; deve terminare con .pdf o .html.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Check the gateway&apos;s credentials, as the gateway will use them.</source>
        <translation>Verificare le credenziali del gateway, così come le userà il gateway.</translation>
    </message>
    <message>
        <source>Certificate &amp;type *:</source>
        <translation>&amp;Tipo di certificato *:</translation>
    </message>
    <message>
        <source>S/MIME certificate type</source>
        <translation>Tipo di certificato S/MIME</translation>
    </message>
    <message>
        <source>T&amp;erm in days *:</source>
        <translation>&amp;Durata in giorni *:</translation>
    </message>
    <message>
        <source>Certificate term in days</source>
        <translation>Durata del certificato in giorni</translation>
    </message>
    <message>
        <source>Name the S/MIME certificate type the gateway should order.</source>
        <translation>Indicare il tipo di certificato S/MIME che il gateway deve ordinare.</translation>
    </message>
    <message>
        <source>Log in as “%1” with its new password.</source>
        <translation>Accedere come «%1» con la sua nuova password.</translation>
    </message>
    <message>
        <source>Check that the S/MIME certificate type “%1” with a term of %2 days exists for the organisation.</source>
        <translation>Verificare che il tipo di certificato S/MIME «%1» con una durata di %2 giorni esista per l&apos;organizzazione.</translation>
    </message>
    <message>
        <source>Check that no custom field is mandatory for the REST API.</source>
        <translation>Verificare che nessun campo personalizzato sia obbligatorio per l&apos;API REST.</translation>
    </message>
    <message>
        <source>Record when the operator&apos;s password expires.</source>
        <translation>Registrare la data di scadenza della password dell&apos;operatore.</translation>
    </message>
    <message>
        <source>This waits until the organisation is validated and the domains are done.</source>
        <translation>Attende che l&apos;organizzazione sia validata e che i domini siano completati.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificare</translation>
    </message>
</context>
<context>
    <name>VerifyStep</name>
    <message>
        <source>The secret store holds no current password of the operator %1: run the password step first.</source>
        <translation>L&apos;archivio dei segreti non contiene una password attuale dell&apos;operatore %1: eseguire prima il passo della password.</translation>
    </message>
    <message>
        <source>Checking the operator&apos;s access</source>
        <translation>Verifica dell&apos;accesso dell&apos;operatore</translation>
    </message>
    <message>
        <source>The operator %1 does not see the organisation (id %2).</source>
        <translation>L&apos;operatore %1 non vede l&apos;organizzazione (ID %2).</translation>
    </message>
    <message>
        <source>certificate.profile: SCM offers the organisation no S/MIME profile named &apos;%1&apos; (offered: %2).</source>
        <translation>certificate.profile: SCM non offre all&apos;organizzazione alcun profilo S/MIME denominato &apos;%1&apos; (offerti: %2).</translation>
    </message>
    <message>
        <source>certificate.term: the profile &apos;%1&apos; has no term of %2 days (terms: %3).</source>
        <translation>certificate.term: il profilo &apos;%1&apos; non ha una durata di %2 giorni (durate: %3).</translation>
    </message>
    <message>
        <source>SCM requires the custom fields %1 on every S/MIME request over the REST API, which the gateway does not send. In SCM (Settings → Custom Fields) make them optional for the REST API, then run again.</source>
        <translation>SCM richiede i campi personalizzati %1 in ogni richiesta S/MIME tramite l&apos;API REST, che il gateway non invia. In SCM (Settings → Custom Fields) renderli facoltativi per l&apos;API REST, poi eseguire di nuovo.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>The operator %1 can enrol: profile &apos;%2&apos; (id %3) with %4 days; its password expires: %5.</source>
        <translation>L&apos;operatore %1 può richiedere certificati: profilo &apos;%2&apos; (ID %3) con %4 giorni; la sua password scade: %5.</translation>
    </message>
</context>
<context>
    <name>WebPortal</name>
    <message>
        <source>Sectigo Certificate Manager (simulated) - customer %1</source>
        <translation>Sectigo Certificate Manager (simulato) - cliente %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ripetere la nuova password</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Login o password errati.</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Accesso rifiutato</translation>
    </message>
    <message>
        <source>This administrator may use the API only and cannot log in to the web interface. An MRAO can change its type back to STANDARD.</source>
        <translation>Questo amministratore può usare solo l&apos;API e non può accedere all&apos;interfaccia web. Un MRAO può ripristinare il suo tipo a STANDARD.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>There is no customer &apos;%1&apos; here.</source>
        <translation>Qui non esiste alcun cliente &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>You logged in with a temporary or expired password: set your own password now.</source>
        <translation>È stato effettuato l&apos;accesso con una password temporanea o scaduta: impostare ora la propria password.</translation>
    </message>
    <message>
        <source>You are logged in. You may change your password here.</source>
        <translation>Accesso effettuato. Qui è possibile cambiare la propria password.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Le due nuove password sono diverse.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password cambiata</translation>
    </message>
    <message>
        <source>Your password has been changed. The API accepts it now.</source>
        <translation>La password è stata cambiata. Ora l&apos;API la accetta.</translation>
    </message>
    <message>
        <source>No such page.</source>
        <translation>Pagina inesistente.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins. An MRAO administrator can unlock it by setting a new password.</source>
        <translation>Questo account è bloccato dopo troppi accessi non riusciti. Un amministratore MRAO può sbloccarlo impostando una nuova password.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Resume the onboarding in progress</source>
        <translation>&amp;Riprendere la configurazione in corso</translation>
    </message>
    <message>
        <source>Show the step &amp;overview (re-run a single step)</source>
        <translation>Mostrare la &amp;panoramica dei passi (ripetere un singolo passo)</translation>
    </message>
    <message>
        <source>Connect your SEPPmail gateway to Sectigo Certificate Manager</source>
        <translation>Collegare il gateway SEPPmail a Sectigo Certificate Manager</translation>
    </message>
    <message>
        <source>&lt;p&gt;This wizard sets up MPKI access at Sectigo for your SEPPmail Secure E-Mail Gateway. It does through the Certificate Manager&apos;s REST API what the procedure does by hand: it creates the organisation and has it validated, creates the e-mail domains, creates the operator user the gateway logs in as, changes its start password, makes it “WS API use only”, checks that it works, and gives you the values for the gateway&apos;s MPKI → Sectigo page.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What you need:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the Certificate Manager&apos;s address and your customer URI (as supplied by Sectigo)&lt;/li&gt;&lt;li&gt;the admin user provided by Sectigo — an MRAO admin; an RAO admin can do less (it cannot create organisations without that privilege)&lt;/li&gt;&lt;li&gt;the organisation&apos;s details as they will be validated (name, address, country, registration number)&lt;/li&gt;&lt;li&gt;the e-mail domains, and access to their DNS for domain control validation&lt;/li&gt;&lt;li&gt;the gateway&apos;s address (and its REST API token, if you want the managed domains checked)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;You can close the wizard at any time: it remembers where it was.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Questa procedura guidata configura l&apos;accesso MPKI presso Sectigo per il Suo SEPPmail Secure E-Mail Gateway. Tramite l&apos;API REST del Certificate Manager esegue ciò che la procedura prevede di fare a mano: crea l&apos;organizzazione e la fa validare, crea i domini e-mail, crea l&apos;utente operatore con cui il gateway accede, ne cambia la password iniziale, lo rende «WS API use only», verifica che funzioni e fornisce i valori per la pagina MPKI → Sectigo del gateway.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cosa serve:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;l&apos;indirizzo del Certificate Manager e la Sua Customer URI (come forniti da Sectigo)&lt;/li&gt;&lt;li&gt;l&apos;utente amministratore fornito da Sectigo — un amministratore MRAO; un amministratore RAO può fare meno (non può creare organizzazioni senza il relativo privilegio)&lt;/li&gt;&lt;li&gt;i dati dell&apos;organizzazione così come verranno validati (nome, indirizzo, paese, numero di registrazione)&lt;/li&gt;&lt;li&gt;i domini e-mail, e l&apos;accesso al loro DNS per la validazione del controllo del dominio&lt;/li&gt;&lt;li&gt;l&apos;indirizzo del gateway (e il suo token API REST, se si desidera verificare i domini gestiti)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;È possibile chiudere la procedura guidata in qualsiasi momento: ricorda dove si trovava.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Try it with the built-in simulator</source>
        <translation>&amp;Provare con il simulatore integrato</translation>
    </message>
    <message>
        <source>Try it with the built-in simulator</source>
        <translation>Provare con il simulatore integrato</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode:&lt;/b&gt; everything runs against the built-in simulator of the Certificate Manager and of the gateway. Nothing leaves this computer; the values are filled in for you.</source>
        <translation>&lt;b&gt;Modalità demo:&lt;/b&gt; tutto viene eseguito con il simulatore integrato del Certificate Manager e del gateway. Nulla lascia questo computer; i valori vengono compilati automaticamente.</translation>
    </message>
    <message>
        <source>No account at hand? The simulator plays the Certificate Manager and the gateway so you can see every step.</source>
        <translation>Nessun account a disposizione? Il simulatore fa le veci del Certificate Manager e del gateway, così è possibile vedere ogni passo.</translation>
    </message>
    <message>
        <source>An onboarding is in progress: %1 of %2 steps done; next: %3.</source>
        <translation>Una configurazione è in corso: %1 di %2 passi completati; prossimo: %3.</translation>
    </message>
    <message>
        <source>No onboarding in progress.</source>
        <translation>Nessuna configurazione in corso.</translation>
    </message>
    <message>
        <source>Start a ne&amp;w onboarding</source>
        <translation>Avviare una &amp;nuova configurazione</translation>
    </message>
    <message>
        <source>Start a new onboarding?</source>
        <translation>Avviare una nuova configurazione?</translation>
    </message>
    <message>
        <source>The wizard forgets the onboarding in progress (%1 of %2 steps done) and starts with empty fields. What it created in the Certificate Manager stays there, and the operator&apos;s passwords stay in the keychain. Start a new onboarding?</source>
        <translation>La procedura guidata dimentica la configurazione in corso (%1 di %2 passi completati) e riparte con campi vuoti. Ciò che ha creato nel Certificate Manager vi rimane, e le password dell&apos;operatore restano nel portachiavi. Avviare una nuova configurazione?</translation>
    </message>
    <message>
        <source>&amp;Start anew</source>
        <translation>&amp;Ricominciare da capo</translation>
    </message>
    <message>
        <source>Check the connection&apos;s &amp;health…</source>
        <translation>&amp;Verificare l&apos;integrità della connessione…</translation>
    </message>
    <message>
        <source>Check the connection&apos;s health</source>
        <translation>Verificare l&apos;integrità della connessione</translation>
    </message>
    <message>
        <source>Is the gateway&apos;s connection to SCM still good, and for how long?</source>
        <translation>La connessione del gateway a SCM funziona ancora, e per quanto tempo?</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>“%1” is not an address of Sectigo Certificate Manager. Enter it as https://cert-manager.com or paste the address of your SCM login page.</source>
        <translation>«%1» non è un indirizzo di Sectigo Certificate Manager. Inserirlo come https://cert-manager.com o incollare l&apos;indirizzo della pagina di accesso del Suo SCM.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Connesso a %1 come %2.</translation>
    </message>
    <message>
        <source>Run “%1” again?</source>
        <translation>Eseguire di nuovo «%1»?</translation>
    </message>
    <message>
        <source>“%1” may create or change objects in Sectigo Certificate Manager. It looks for what exists first and adopts it, so running it again does not make duplicates. Run it again?</source>
        <translation>«%1» può creare o modificare oggetti in Sectigo Certificate Manager. Cerca prima ciò che esiste e lo adotta, quindi eseguirlo di nuovo non crea duplicati. Eseguirlo di nuovo?</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Eseguire di nuovo</translation>
    </message>
    <message>
        <source>There is no password change to play.</source>
        <translation>Non c&apos;è alcun cambio di password da simulare.</translation>
    </message>
    <message>
        <source>The connector values are not assembled yet: run the Connector step first.</source>
        <translation>I valori del connettore non sono ancora stati raccolti: eseguire prima il passo del connettore.</translation>
    </message>
    <message>
        <source>Values sheet written to %1.</source>
        <translation>Foglio dei valori scritto in %1.</translation>
    </message>
    <message>
        <source>The plan saved by the last session could not be read (%1); it was kept as %2 and the wizard starts with empty fields.</source>
        <translation>Non è stato possibile leggere il piano salvato dall&apos;ultima sessione (%1); è stato conservato come %2 e la procedura guidata si avvia con campi vuoti.</translation>
    </message>
    <message>
        <source>The plan saved by the last session could not be read (%1); the wizard starts with empty fields.</source>
        <translation>Non è stato possibile leggere il piano salvato dall&apos;ultima sessione (%1); la procedura guidata si avvia con campi vuoti.</translation>
    </message>
    <message>
        <source>Correct what is named, then press the page&apos;s button again.</source>
        <translation>Correggere quanto indicato, poi premere di nuovo il pulsante della pagina.</translation>
    </message>
    <message>
        <source>The Certificate Manager refused it: ask your MRAO administrator about what is named, then try again.</source>
        <translation>Il Certificate Manager ha rifiutato l&apos;operazione: rivolgersi al Suo amministratore MRAO in merito a quanto indicato, poi riprovare.</translation>
    </message>
    <message>
        <source>The Certificate Manager could not be reached: check the network, the proxy and the address, then try again.</source>
        <translation>Il Certificate Manager non è raggiungibile: verificare la rete, il proxy e l&apos;indirizzo, poi riprovare.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, the message above says where to look.</source>
        <translation>Riprovare; se si ripete, il messaggio qui sopra indica dove cercare.</translation>
    </message>
    <message>
        <source>%1 is a %2 admin, not an MRAO (the account&apos;s master administrator): it can only create the organisation when it holds the privilege to add organisations, and it cannot choose the validation&apos;s CA backend. If a step is refused, ask your MRAO.</source>
        <translation>%1 è un amministratore %2, non un MRAO (l&apos;amministratore principale dell&apos;account): può creare l&apos;organizzazione solo se dispone del privilegio per aggiungere organizzazioni, e non può scegliere il backend CA della validazione. Se un passo viene rifiutato, rivolgersi al Suo MRAO.</translation>
    </message>
    <message>
        <source>A connector file is being written already; wait for it.</source>
        <translation>Un file del connettore è già in fase di scrittura; attenderne il completamento.</translation>
    </message>
    <message>
        <source>No onboarding is open: there is nothing to report.</source>
        <translation>Nessuna configurazione aperta: non c&apos;è nulla su cui redigere un rapporto.</translation>
    </message>
    <message>
        <source>Onboarding report written to %1.</source>
        <translation>Rapporto di configurazione scritto in %1.</translation>
    </message>
    <message>
        <source>No onboarding is open.</source>
        <translation>Nessuna configurazione aperta.</translation>
    </message>
    <message>
        <source>Reset the operator&apos;s password?</source>
        <translation>Reimpostare la password dell&apos;operatore?</translation>
    </message>
    <message>
        <source>None of the passwords this computer keeps for the operator %1 works (another computer, or a new keychain?). The MRAO admin can set a new one, but then the password configured on the gateway stops working until you give the gateway the new connector values. Reset the operator&apos;s password?</source>
        <translation>Nessuna delle password che questo computer conserva per l&apos;operatore %1 funziona (un altro computer o un nuovo portachiavi?). L&apos;amministratore MRAO può impostarne una nuova, ma allora la password configurata sul gateway smette di funzionare finché non si forniscono al gateway i nuovi valori del connettore. Reimpostare la password dell&apos;operatore?</translation>
    </message>
    <message>
        <source>&amp;Reset the password</source>
        <translation>&amp;Reimpostare la password</translation>
    </message>
</context>
<context>
    <name>WriteErrors</name>
    <message>
        <source>no space left on the device (%1)</source>
        <translation>spazio esaurito sul dispositivo (%1)</translation>
    </message>
</context>
</TS>
