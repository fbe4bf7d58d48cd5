<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiOnlyStep</name>
    <message>
        <source>The operator must change its temporary password before it becomes API-only: an API-only admin cannot log in to SCM&apos;s web page, so the password could never be changed there. Run the password step first (nothing was sent).</source>
        <translation>Der Operator muss sein temporäres Passwort ändern, bevor er auf API-only gesetzt wird: Ein API-only-Administrator kann sich nicht an der Weboberfläche von SCM anmelden, das Passwort könnte dort also nie geändert werden. Führen Sie zuerst den Passwort-Schritt aus (es wurde nichts gesendet).</translation>
    </message>
    <message>
        <source>The operator %1 has the privilege wsApiUseOnly (API use only).</source>
        <translation>Der Operator %1 hat das Recht wsApiUseOnly (nur API-Nutzung).</translation>
    </message>
    <message>
        <source>The operator %1 is an API admin (type API).</source>
        <translation>Der Operator %1 ist ein API-Administrator (Typ API).</translation>
    </message>
    <message>
        <source>SCM did not make the operator %1 API-only.</source>
        <translation>SCM hat den Operator %1 nicht auf API-only gesetzt.</translation>
    </message>
    <message>
        <source>Making the operator %1 API-only</source>
        <translation>Operator %1 wird auf API-only gesetzt</translation>
    </message>
    <message>
        <source>Making the operator API-only</source>
        <translation>Operator wird auf API-only gesetzt</translation>
    </message>
    <message>
        <source>Reading the operator back</source>
        <translation>Operator wird zurückgelesen</translation>
    </message>
</context>
<context>
    <name>AutomaticStepPage</name>
    <message>
        <source>Assign the operator the right “WS API use only”.</source>
        <translation>Dem Operator das Recht «WS API use only» zuweisen.</translation>
    </message>
    <message>
        <source>Check the gateway&apos;s credentials, as the gateway will use them.</source>
        <translation>Die Zugangsdaten des Gateways so prüfen, wie das Gateway sie verwenden wird.</translation>
    </message>
    <message>
        <source>Make “%1” an API-only admin (“WS API use only”). Only after its password was changed: an API-only admin cannot log in to the web interface.</source>
        <translation>«%1» zum API-only-Administrator machen («WS API use only»). Erst nachdem sein Passwort geändert wurde: Ein API-only-Administrator kann sich nicht an der Weboberfläche anmelden.</translation>
    </message>
    <message>
        <source>If the operator is ever locked out, an MRAO can turn it back into a standard admin.</source>
        <translation>Falls der Operator einmal ausgesperrt ist, kann ein MRAO ihn wieder zu einem Standard-Administrator machen.</translation>
    </message>
    <message>
        <source>Log in as “%1” with its new password.</source>
        <translation>Als «%1» mit dem neuen Passwort anmelden.</translation>
    </message>
    <message>
        <source>Check that the S/MIME certificate type “%1” with a term of %2 days exists for the organisation.</source>
        <translation>Prüfen, dass der S/MIME-Zertifikatstyp «%1» mit einer Laufzeit von %2 Tagen für die Organisation existiert.</translation>
    </message>
    <message>
        <source>Check that no custom field is mandatory for the REST API.</source>
        <translation>Prüfen, dass kein benutzerdefiniertes Feld für die REST-API obligatorisch ist.</translation>
    </message>
    <message>
        <source>Record when the operator&apos;s password expires.</source>
        <translation>Festhalten, wann das Passwort des Operators abläuft.</translation>
    </message>
    <message>
        <source>Waits until the organisation is validated and the domains are done.</source>
        <translation>Wartet, bis die Organisation validiert ist und die Domains erledigt sind.</translation>
    </message>
    <message>
        <source>&amp;Make API-only</source>
        <translation>Auf &amp;API-only setzen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>L</source>
        <translation>S</translation>
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
        <translation>%1: unerwartetes Argument &quot;%2&quot;.
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
        <translation>Verbindet ein SEPPmail Secure E-Mail Gateway mit einem Sectigo-Certificate-Manager-Konto.

Befehle:
  run       die Einrichtung ohne Oberfläche ausführen (mpki-setup run --help)
  status    den Fortschritt einer Einrichtung anzeigen (mpki-setup status --help)
  simulate  die SCM- und Gateway-Simulatoren starten (mpki-setup simulate --help)
  export    die Connector-Datei schreiben (mpki-setup export --help)
  import    eine Connector-Datei lesen (mpki-setup import --help)

Ohne Befehl öffnet sich der Assistent.</translation>
    </message>
    <message>
        <source>Run against the built-in simulator.</source>
        <translation>Gegen den eingebauten Simulator ausführen.</translation>
    </message>
    <message>
        <source>Language of the interface (de, en, fr, it).</source>
        <translation>Sprache der Oberfläche (de, en, fr, it).</translation>
    </message>
    <message>
        <source>Walk the demo through every page and save a PNG of each into DIR.</source>
        <translation>Die Demo durch alle Seiten führen und von jeder ein PNG in VERZEICHNIS speichern.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>mpki-setup: %1
</source>
        <translation>mpki-setup: %1
</translation>
    </message>
    <message>
        <source>MPKI setup</source>
        <translation>MPKI-Einrichtung</translation>
    </message>
    <message>
        <source>mpki-setup: the wizard needs a graphical session (a display); without one, mpki-setup run does the same from a plan.
</source>
        <translation>mpki-setup: Der Assistent braucht eine grafische Sitzung (eine Anzeige); ohne sie erledigt mpki-setup run dasselbe anhand eines Plans.
</translation>
    </message>
    <message>
        <source>Walk through every page to the end without a person, then quit: the demo as it is, or with --answers a scripted person who types the answers.</source>
        <translation>Ohne Person alle Seiten bis zum Ende durchlaufen und dann beenden: die Demo, wie sie ist, oder mit --answers eine skriptgesteuerte Person, die die Antworten eintippt.</translation>
    </message>
    <message>
        <source>Open the wizard prefilled from this plan file; with --walk, a scripted person types its values into each page (the admin&apos;s password from MPKI_SCM_PASSWORD).</source>
        <translation>Den Assistenten mit den Werten aus dieser Plandatei vorausgefüllt öffnen; mit --walk tippt eine skriptgesteuerte Person ihre Werte in jede Seite ein (das Passwort des Administrators aus MPKI_SCM_PASSWORD).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>mpki-setup: --answers and --demo exclude each other: the demo has its own answers.
</source>
        <translation>mpki-setup: --answers und --demo schließen sich gegenseitig aus: Die Demo hat ihre eigenen Antworten.
</translation>
    </message>
    <message>
        <source>mpki-setup: --screenshots walks the wizard: use it with --demo or --answers FILE.
</source>
        <translation>mpki-setup: --screenshots durchläuft den Assistenten: Verwenden Sie es mit --demo oder --answers DATEI.
</translation>
    </message>
    <message>
        <source>mpki-setup: --walk walks the wizard: use it with --demo or --answers FILE.
</source>
        <translation>mpki-setup: --walk durchläuft den Assistenten: Verwenden Sie es mit --demo oder --answers DATEI.
</translation>
    </message>
    <message>
        <source>mpki-setup: warning: %1
</source>
        <translation>mpki-setup: Warnung: %1
</translation>
    </message>
</context>
<context>
    <name>ConnectStep</name>
    <message>
        <source>Checking the admin %1 at %2</source>
        <translation>Administrator %1 bei %2 wird geprüft</translation>
    </message>
    <message>
        <source>Checking the admin&apos;s credentials</source>
        <translation>Zugangsdaten des Administrators werden geprüft</translation>
    </message>
    <message>
        <source>The password of the admin %1 has expired. Log in at %2, change it, and run again with the new one.</source>
        <translation>Das Passwort des Administrators %1 ist abgelaufen. Melden Sie sich unter %2 an, ändern Sie es und führen Sie das Programm mit dem neuen Passwort erneut aus.</translation>
    </message>
    <message>
        <source>SCM does not list the admin %1 to itself, so its role cannot be checked.</source>
        <translation>SCM zeigt dem Administrator %1 seinen eigenen Eintrag nicht an, daher kann seine Rolle nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Reading the admin&apos;s role</source>
        <translation>Rolle des Administrators wird gelesen</translation>
    </message>
    <message>
        <source>The admin %1 may not create the organisation &apos;%2&apos;: that needs the MRAO role or the privilege addOrganizationAndDepartments. Run with an MRAO admin, or have the organisation created first.</source>
        <translation>Der Administrator %1 darf die Organisation &apos;%2&apos; nicht anlegen: Dazu braucht es die Rolle MRAO oder das Recht addOrganizationAndDepartments. Führen Sie das Programm mit einem MRAO-Administrator aus oder lassen Sie die Organisation zuerst anlegen.</translation>
    </message>
    <message>
        <source>The admin %1 may not create the department &apos;%2&apos;: that needs the MRAO role or the privilege addDepartments.</source>
        <translation>Der Administrator %1 darf die Abteilung &apos;%2&apos; nicht anlegen: Dazu braucht es die Rolle MRAO oder das Recht addDepartments.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2); its password expires: %3.</source>
        <translation>Angemeldet als %1 (%2); sein Passwort läuft ab: %3.</translation>
    </message>
    <message>
        <source>Reading the account</source>
        <translation>Konto wird gelesen</translation>
    </message>
    <message>
        <source>The base URL %1 is not an SCM (%2). Check scm.baseUrl: it is the address of the Certificate Manager, e.g. https://cert-manager.com.</source>
        <translation>Die Basis-URL %1 führt nicht zu einem SCM (%2). Prüfen Sie scm.baseUrl: Das ist die Adresse des Certificate Managers, z. B. https://cert-manager.com.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issued by:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %3 – %4&lt;br&gt;&lt;b&gt;SHA-256 fingerprint:&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Inhaber:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Ausgestellt von:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Gültig:&lt;/b&gt; %3 – %4&lt;br&gt;&lt;b&gt;SHA-256-Fingerabdruck:&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>Customer URI</source>
        <translation>Customer URI</translation>
    </message>
    <message>
        <source>Admin login</source>
        <translation>Administrator-Login</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Trust a CA certificate file…</source>
        <translation>CA-Zertifikatsdatei &amp;vertrauen…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>The access data for the Certificate Manager, as supplied by Sectigo or your reseller. Log in with the admin user provided to you.</source>
        <translation>Die Zugangsdaten zum Certificate Manager, wie von Sectigo oder Ihrem Wiederverkäufer geliefert. Melden Sie sich mit dem Ihnen bereitgestellten Administrator an.</translation>
    </message>
    <message>
        <source>Certificate Manager address</source>
        <translation>Adresse des Certificate Managers</translation>
    </message>
    <message>
        <source>You may paste the address of your login page, e.g. https://cert-manager.com/customer/example/ — the customer URI is taken from it.</source>
        <translation>Sie können die Adresse Ihrer Anmeldeseite einfügen, z. B. https://cert-manager.com/customer/example/ — die Customer URI wird daraus übernommen.</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Administrator-Passwort</translation>
    </message>
    <message>
        <source>Remember the password in the keychain</source>
        <translation>Passwort im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Verbindung wird geprüft</translation>
    </message>
    <message>
        <source>Certificate Manager &amp;address:</source>
        <translation>&amp;Adresse des Certificate Managers:</translation>
    </message>
    <message>
        <source>Admin &amp;login:</source>
        <translation>Administrator-&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Certificate Manager refused the login.&lt;/b&gt; %1&lt;br&gt;Possible causes: the login or password is mistyped; the customer URI is not the one of this account; the password has expired or the account is locked; the account is “WS API use only” or has no access to the REST API. Check them, then press Next again.</source>
        <translation>&lt;b&gt;Der Certificate Manager hat die Anmeldung abgelehnt.&lt;/b&gt; %1&lt;br&gt;Mögliche Ursachen: Login oder Passwort sind falsch eingegeben; die Customer URI gehört nicht zu diesem Konto; das Passwort ist abgelaufen oder das Konto gesperrt; das Konto ist «WS API use only» oder hat keinen Zugriff auf die REST-API. Prüfen Sie diese Punkte und klicken Sie dann erneut auf Weiter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Certificate Manager&apos;s certificate is not trusted.&lt;/b&gt; %1&lt;br&gt;If your organisation runs its own Certificate Manager with a private CA, trust that CA&apos;s certificate file. Do not go on if you did not expect this: someone may be in between.</source>
        <translation>&lt;b&gt;Dem Zertifikat des Certificate Managers wird nicht vertraut.&lt;/b&gt; %1&lt;br&gt;Wenn Ihre Organisation einen eigenen Certificate Manager mit einer privaten CA betreibt, vertrauen Sie der Zertifikatsdatei dieser CA. Fahren Sie nicht fort, wenn Sie das nicht erwartet haben: Möglicherweise hat sich jemand dazwischengeschaltet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The Certificate Manager could not be reached.&lt;/b&gt; %1&lt;br&gt;Check the address, your network and proxy, then press Next again.</source>
        <translation>&lt;b&gt;Der Certificate Manager ist nicht erreichbar.&lt;/b&gt; %1&lt;br&gt;Prüfen Sie die Adresse, Ihr Netzwerk und den Proxy und klicken Sie dann erneut auf Weiter.</translation>
    </message>
    <message>
        <source>The check was cancelled. Press Next to check again.</source>
        <translation>Die Prüfung wurde abgebrochen. Klicken Sie auf Weiter, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Trust a CA certificate file</source>
        <translation>CA-Zertifikatsdatei vertrauen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The CA certificate is trusted from now on. Press Next to connect again.</source>
        <translation>Dem CA-Zertifikat wird ab jetzt vertraut. Klicken Sie auf Weiter, um erneut zu verbinden.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
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
        <translation>In den Connector-Werten fehlt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a string.</source>
        <translation>&quot;%1&quot; in den Connector-Werten ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a whole number.</source>
        <translation>&quot;%1&quot; in den Connector-Werten ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a list.</source>
        <translation>&quot;%1&quot; in den Connector-Werten ist keine Liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values holds something other than names.</source>
        <translation>&quot;%1&quot; in den Connector-Werten enthält etwas anderes als Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a date (yyyy-MM-dd).</source>
        <translation>&quot;%1&quot; in den Connector-Werten ist kein Datum (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a date and time.</source>
        <translation>&quot;%1&quot; in den Connector-Werten ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>The connector values are for the provider &quot;%1&quot;; this version knows only SECTIGO.</source>
        <translation>Die Connector-Werte gelten für den Anbieter &quot;%1&quot;; diese Version kennt nur SECTIGO.</translation>
    </message>
    <message>
        <source>The customer URI is empty.</source>
        <translation>Die Customer URI ist leer.</translation>
    </message>
    <message>
        <source>The operator&apos;s login is empty.</source>
        <translation>Das Login des Operators ist leer.</translation>
    </message>
    <message>
        <source>The organisation id is not known yet: run the organization step first.</source>
        <translation>Die Organisations-ID ist noch nicht bekannt: Führen Sie zuerst den Organisations-Schritt aus.</translation>
    </message>
    <message>
        <source>The S/MIME certificate type and term are not known yet: run the verify step first.</source>
        <translation>S/MIME-Zertifikatstyp und Laufzeit sind noch nicht bekannt: Führen Sie zuerst den Prüf-Schritt (verify) aus.</translation>
    </message>
    <message>
        <source>The renewal overlap is %1 days; use at least %2 days.</source>
        <translation>Die Überlappung bei der Erneuerung beträgt %1 Tage; verwenden Sie mindestens %2 Tage.</translation>
    </message>
    <message>
        <source>No e-mail domain to tick under &quot;MPKI managed domains&quot;.</source>
        <translation>Keine E-Mail-Domain zum Ankreuzen unter &quot;MPKI managed domains&quot;.</translation>
    </message>
    <message>
        <source>The SCM instance is %1, not %2. SEPPmail&apos;s Sectigo form has no host field, so the gateway may not reach that instance; ask Sectigo or SEPPmail support before relying on it.</source>
        <translation>Die SCM-Instanz ist %1, nicht %2. Das Sectigo-Formular von SEPPmail hat kein Feld für den Host, daher erreicht das Gateway diese Instanz möglicherweise nicht; fragen Sie beim Support von Sectigo oder SEPPmail nach, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>The operator&apos;s password expires on %1: change it in SCM and on the gateway before then, or certificate issuance stops.</source>
        <translation>Das Passwort des Operators läuft am %1 ab: Ändern Sie es vorher in SCM und auf dem Gateway, sonst stoppt die Ausstellung von Zertifikaten.</translation>
    </message>
</context>
<context>
    <name>ConnectorCrypto</name>
    <message>
        <source>The scrypt parameters are outside what mpki-setup accepts.</source>
        <translation>Die scrypt-Parameter liegen außerhalb dessen, was mpki-setup akzeptiert.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed (OpenSSL scrypt).</source>
        <translation>Das Ableiten des Schlüssels aus der Passphrase ist fehlgeschlagen (OpenSSL scrypt).</translation>
    </message>
    <message>
        <source>Encrypting the password failed (OpenSSL AES-256-GCM).</source>
        <translation>Das Verschlüsseln des Passworts ist fehlgeschlagen (OpenSSL AES-256-GCM).</translation>
    </message>
</context>
<context>
    <name>ConnectorExporter</name>
    <message>
        <source>The connector file %1 was not written: %2</source>
        <translation>Die Connector-Datei %1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>The connector step has not assembled the connector values yet: run it first.</source>
        <translation>Der Connector-Schritt hat die Connector-Werte noch nicht zusammengestellt: Führen Sie ihn zuerst aus.</translation>
    </message>
    <message>
        <source>The connector values the connector step saved are damaged: %1</source>
        <translation>Die vom Connector-Schritt gespeicherten Connector-Werte sind beschädigt: %1</translation>
    </message>
    <message>
        <source>No secret store is available, so the operator&apos;s password cannot be read and the connector file %1 was not written.</source>
        <translation>Es ist kein Geheimnisspeicher verfügbar, daher kann das Passwort des Operators nicht gelesen werden, und die Connector-Datei %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The keychain holds no current password of the operator %1 at %2 (customer %3), so the connector file %4 was not written. Write it on the machine and user account that ran the procedure.</source>
        <translation>Der Schlüsselbund enthält kein aktuelles Passwort des Operators %1 bei %2 (Kunde %3), daher wurde die Connector-Datei %4 nicht geschrieben. Schreiben Sie sie auf demselben Rechner und mit demselben Benutzerkonto, mit denen die Einrichtung ausgeführt wurde.</translation>
    </message>
    <message>
        <source>The operator&apos;s password cannot be read, so the connector file %1 was not written: %2</source>
        <translation>Das Passwort des Operators kann nicht gelesen werden, daher wurde die Connector-Datei %1 nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>Connector file written to %1 (the password in the clear, as asked; mode 0600).</source>
        <translation>Connector-Datei nach %1 geschrieben (das Passwort wie verlangt im Klartext; Rechte 0600).</translation>
    </message>
    <message>
        <source>Connector file written to %1 (the password encrypted with the passphrase; mode 0600).</source>
        <translation>Connector-Datei nach %1 geschrieben (das Passwort mit der Passphrase verschlüsselt; Rechte 0600).</translation>
    </message>
</context>
<context>
    <name>ConnectorFile</name>
    <message>
        <source>The passphrase is empty: give one, or ask for a plain file explicitly.</source>
        <translation>Die Passphrase ist leer: Geben Sie eine an oder verlangen Sie ausdrücklich eine unverschlüsselte Datei.</translation>
    </message>
    <message>
        <source>No random salt or nonce could be made (OpenSSL RAND_bytes).</source>
        <translation>Es konnte kein zufälliger Salt oder Nonce erzeugt werden (OpenSSL RAND_bytes).</translation>
    </message>
    <message>
        <source>This is not a connector file: it has no &quot;format&quot; field.</source>
        <translation>Dies ist keine Connector-Datei: Sie hat kein Feld &quot;format&quot;.</translation>
    </message>
    <message>
        <source>The connector file has format &quot;%1&quot;, which this version of mpki-setup cannot read (it reads &quot;%2&quot;); use a newer mpki-setup.</source>
        <translation>Die Connector-Datei hat das Format &quot;%1&quot;, das diese Version von mpki-setup nicht lesen kann (sie liest &quot;%2&quot;); verwenden Sie ein neueres mpki-setup.</translation>
    </message>
    <message>
        <source>This is not a connector file: its format is &quot;%1&quot;.</source>
        <translation>Dies ist keine Connector-Datei: Ihr Format ist &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The connector file is damaged: it has an unknown field &quot;%1&quot;.</source>
        <translation>Die Connector-Datei ist beschädigt: Sie hat ein unbekanntes Feld &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The connector file is damaged: it holds no password.</source>
        <translation>Die Connector-Datei ist beschädigt: Sie enthält kein Passwort.</translation>
    </message>
    <message>
        <source>The connector file is damaged: it holds the password twice.</source>
        <translation>Die Connector-Datei ist beschädigt: Sie enthält das Passwort zweimal.</translation>
    </message>
    <message>
        <source>The connector file&apos;s password is protected with &quot;%1&quot; / &quot;%2&quot;, which this version of mpki-setup does not know.</source>
        <translation>Das Passwort der Connector-Datei ist mit &quot;%1&quot; / &quot;%2&quot; geschützt, was diese Version von mpki-setup nicht kennt.</translation>
    </message>
    <message>
        <source>The connector file is damaged: its encrypted password is incomplete.</source>
        <translation>Die Connector-Datei ist beschädigt: Ihr verschlüsseltes Passwort ist unvollständig.</translation>
    </message>
    <message>
        <source>Wrong passphrase or the file was changed: its encryption parameters are not ones mpki-setup writes.</source>
        <translation>Falsche Passphrase oder die Datei wurde verändert: Ihre Verschlüsselungsparameter sind keine, die mpki-setup schreibt.</translation>
    </message>
    <message>
        <source>The connector file&apos;s password is encrypted: give the passphrase it was written with (--passphrase-file).</source>
        <translation>Das Passwort der Connector-Datei ist verschlüsselt: Geben Sie die Passphrase an, mit der sie geschrieben wurde (--passphrase-file).</translation>
    </message>
    <message>
        <source>Wrong passphrase or the file was changed: the connector file does not authenticate with this passphrase. Nothing was read from it.</source>
        <translation>Falsche Passphrase oder die Datei wurde verändert: Die Connector-Datei lässt sich mit dieser Passphrase nicht authentifizieren. Es wurde nichts daraus gelesen.</translation>
    </message>
    <message>
        <source>The connector file is damaged: &quot;password&quot; is not a string.</source>
        <translation>Die Connector-Datei ist beschädigt: &quot;password&quot; ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The connector file is damaged: %1</source>
        <translation>Die Connector-Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a connector file.</source>
        <translation>%1 ist zu groß für eine Connector-Datei.</translation>
    </message>
    <message>
        <source>This is not a connector file (not valid JSON: %1 at offset %2).</source>
        <translation>Dies ist keine Connector-Datei (kein gültiges JSON: %1 bei Offset %2).</translation>
    </message>
    <message>
        <source>This is not a connector file (JSON, but a list or a single value instead of an object {...}).</source>
        <translation>Dies ist keine Connector-Datei (JSON, aber eine Liste oder ein einzelner Wert statt eines Objekts {...}).</translation>
    </message>
</context>
<context>
    <name>ConnectorOutput</name>
    <message>
        <source>The keychain did not answer within 60 seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von 60 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>a passphrase for the connector file %1</source>
        <translation>eine Passphrase für die Connector-Datei %1</translation>
    </message>
    <message>
        <source>mpki-setup %1: %2 (or write the password in the clear with --plain)
</source>
        <translation>mpki-setup %1: %2 (oder schreiben Sie das Passwort mit --plain im Klartext)
</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>mpki-setup %1: the two passphrases differ; nothing was written.
</source>
        <translation>mpki-setup %1: Die beiden Passphrasen stimmen nicht überein; es wurde nichts geschrieben.
</translation>
    </message>
    <message>
        <source>mpki-setup %1: the passphrase is empty.
</source>
        <translation>mpki-setup %1: Die Passphrase ist leer.
</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; give the file itself.</source>
        <translation>%1 ist ein symbolischer Link; geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>%1 is the state directory&apos;s own file; write somewhere else.</source>
        <translation>%1 ist eine Datei des Statusverzeichnisses selbst; schreiben Sie an einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1 exists and is not a connector file; give --force to replace it.</source>
        <translation>%1 existiert und ist keine Connector-Datei; geben Sie --force an, um sie zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>ConnectorPage</name>
    <message>
        <source>MPKI → Sectigo on the gateway</source>
        <translation>MPKI → Sectigo auf dem Gateway</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>E&amp;xport the connector file…</source>
        <translation>Connector-Datei e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the values &amp;sheet…</source>
        <translation>Werteblatt spei&amp;chern…</translation>
    </message>
    <message>
        <source>The values for the gateway&apos;s MPKI → Sectigo page.</source>
        <translation>Die Werte für die Seite MPKI → Sectigo des Gateways.</translation>
    </message>
    <message>
        <source>Renewal &amp;overlap in days *:</source>
        <translation>Ü&amp;berlappung bei Erneuerung in Tagen *:</translation>
    </message>
    <message>
        <source>Renewal overlap in days</source>
        <translation>Überlappung bei Erneuerung in Tagen</translation>
    </message>
    <message>
        <source>Gateway REST API address</source>
        <translation>Adresse der REST-API des Gateways</translation>
    </message>
    <message>
        <source>optional, e.g. https://gateway.example.ch:8445/v1</source>
        <translation>optional, z. B. https://gateway.example.ch:8445/v1</translation>
    </message>
    <message>
        <source>Passphrase of the connector file</source>
        <translation>Passphrase der Connector-Datei</translation>
    </message>
    <message>
        <source>Passphrase of the connector file, again</source>
        <translation>Passphrase der Connector-Datei, Wiederholung</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation>Passphrase wie&amp;derholen:</translation>
    </message>
    <message>
        <source>The connector file carries the operator&apos;s password encrypted with a passphrase; the values sheet shows it masked.</source>
        <translation>Die Connector-Datei enthält das Passwort des Operators, mit einer Passphrase verschlüsselt; das Werteblatt zeigt es maskiert.</translation>
    </message>
    <message>
        <source>Assemble the gateway&apos;s values: customer URI, operator login and password, organisation id, certificate type and term, renewal overlap, managed domains.</source>
        <translation>Die Werte für das Gateway zusammenstellen: Customer URI, Login und Passwort des Operators, Organisations-ID, Zertifikatstyp und Laufzeit, Überlappung bei Erneuerung, verwaltete Domains.</translation>
    </message>
    <message>
        <source>No gateway REST API given: the gateway is not contacted; tick the managed domains by hand.</source>
        <translation>Keine REST-API des Gateways angegeben: Das Gateway wird nicht kontaktiert; kreuzen Sie die verwalteten Domains von Hand an.</translation>
    </message>
    <message>
        <source>Check on the gateway (%1) that every e-mail domain is a managed domain.</source>
        <translation>Auf dem Gateway (%1) prüfen, dass jede E-Mail-Domain eine verwaltete Domain ist.</translation>
    </message>
    <message>
        <source>&amp;Assemble the values</source>
        <translation>Werte z&amp;usammenstellen</translation>
    </message>
    <message>
        <source>What the REST API cannot do — do it by hand</source>
        <translation>Was die REST-API nicht kann — von Hand erledigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Managed domains:&lt;/b&gt; the gateway was not contacted; tick the domains under “MPKI managed domains” by hand.</source>
        <translation>&lt;b&gt;Verwaltete Domains:&lt;/b&gt; Das Gateway wurde nicht kontaktiert; kreuzen Sie die Domains unter «MPKI managed domains» von Hand an.</translation>
    </message>
    <message>
        <source>Managed domains present: %1</source>
        <translation>Vorhandene verwaltete Domains: %1</translation>
    </message>
    <message>
        <source>Managed domains created: %1</source>
        <translation>Angelegte verwaltete Domains: %1</translation>
    </message>
    <message>
        <source>Missing on the gateway — create them as managed domains: %1</source>
        <translation>Fehlen auf dem Gateway — legen Sie sie als verwaltete Domains an: %1</translation>
    </message>
    <message>
        <source>Managed-domain check</source>
        <translation>Prüfung der verwalteten Domains</translation>
    </message>
    <message>
        <source>Choose a passphrase for the connector file, and enter it twice.</source>
        <translation>Wählen Sie eine Passphrase für die Connector-Datei und geben Sie sie zweimal ein.</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Verwenden Sie mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Export the connector file</source>
        <translation>Connector-Datei exportieren</translation>
    </message>
    <message>
        <source>Connector files (*.json)</source>
        <translation>Connector-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Encrypting and writing…</source>
        <translation>Verschlüsseln und schreiben…</translation>
    </message>
    <message>
        <source>Save the values sheet</source>
        <translation>Werteblatt speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF-Datei (*.pdf);;HTML-Datei (*.html)</translation>
    </message>
    <message>
        <source>Gateway API token</source>
        <translation>API-Token des Gateways</translation>
    </message>
    <message>
        <source>Gateway API secret</source>
        <translation>API-Secret des Gateways</translation>
    </message>
    <message>
        <source>Gateway API to&amp;ken:</source>
        <translation>API-To&amp;ken des Gateways:</translation>
    </message>
    <message>
        <source>Gateway API secr&amp;et:</source>
        <translation>API-Secre&amp;t des Gateways:</translation>
    </message>
    <message>
        <source>Steps on the gateway</source>
        <translation>Schritte auf dem Gateway</translation>
    </message>
    <message>
        <source>Gate&amp;way REST API:</source>
        <translation>REST-API des &amp;Gateways:</translation>
    </message>
    <message>
        <source>Select or keep: %1</source>
        <translation>Auswählen oder beibehalten: %1</translation>
    </message>
    <message>
        <source>The gateway talks to %1 itself: make sure it can reach that address (firewall, proxy), or its MPKI page cannot load the choices from Sectigo.</source>
        <translation>Das Gateway verbindet sich selbst mit %1: Stellen Sie sicher, dass es diese Adresse erreichen kann (Firewall, Proxy), sonst kann seine MPKI-Seite die Auswahl von Sectigo nicht laden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The operator&apos;s password expires on %1.&lt;/b&gt; From then on the gateway cannot request certificates: rotate it before then and enter the new one on the gateway.</source>
        <translation>&lt;b&gt;Das Passwort des Operators läuft am %1 ab.&lt;/b&gt; Ab dann kann das Gateway keine Zertifikate mehr beantragen: Ändern Sie es vorher und tragen Sie das neue auf dem Gateway ein.</translation>
    </message>
    <message>
        <source>Done in SCM: the organisation&apos;s default profile</source>
        <translation>In SCM erledigt: das Standardprofil der Organisation</translation>
    </message>
    <message>
        <source>Step %1 on the gateway done</source>
        <translation>Schritt %1 auf dem Gateway erledigt</translation>
    </message>
</context>
<context>
    <name>ConnectorStep</name>
    <message>
        <source>The connector values are not usable: %1</source>
        <translation>Die Connector-Werte sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The plan has no gateway.api: no gateway was contacted. Enter the values on the gateway&apos;s MPKI → Sectigo page (mpki-setup export writes them).</source>
        <translation>Der Plan enthält kein gateway.api: Es wurde kein Gateway kontaktiert. Tragen Sie die Werte auf der Seite MPKI → Sectigo des Gateways ein (mpki-setup export schreibt sie).</translation>
    </message>
    <message>
        <source>The plan names a gateway API (%1), but no gateway token and secret were given: the gateway was not contacted. Set MPKI_GATEWAY_TOKEN and MPKI_GATEWAY_SECRET to check its managed domains.</source>
        <translation>Der Plan nennt eine Gateway-API (%1), aber es wurden kein Token und kein Secret des Gateways angegeben: Das Gateway wurde nicht kontaktiert. Setzen Sie MPKI_GATEWAY_TOKEN und MPKI_GATEWAY_SECRET, um seine verwalteten Domains zu prüfen.</translation>
    </message>
    <message>
        <source>Checking the managed domains on the gateway: %1</source>
        <translation>Verwaltete Domains auf dem Gateway werden geprüft: %1</translation>
    </message>
    <message>
        <source>The gateway could not be asked: %1</source>
        <translation>Das Gateway konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>The changes on the gateway were declined.</source>
        <translation>Die Änderungen auf dem Gateway wurden abgelehnt.</translation>
    </message>
    <message>
        <source>The gateway lacks the managed domains %1: add them on the gateway (Mail System → Managed Domains), then run again.</source>
        <translation>Auf dem Gateway fehlen die verwalteten Domains %1: Legen Sie sie auf dem Gateway an (Mail System → Managed Domains) und führen Sie das Programm dann erneut aus.</translation>
    </message>
    <message>
        <source>Managed domains checked on the gateway: %1.</source>
        <translation>Verwaltete Domains auf dem Gateway geprüft: %1.</translation>
    </message>
    <message>
        <source>Connector values assembled (organisation %1, profile &apos;%2&apos;, %3 days). %4</source>
        <translation>Connector-Werte zusammengestellt (Organisation %1, Profil &apos;%2&apos;, %3 Tage). %4</translation>
    </message>
    <message>
        <source>Connector values assembled. %1 %2</source>
        <translation>Connector-Werte zusammengestellt. %1 %2</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Demo: playing the person — logging in at %1 as %2 with the temporary password and setting the new password the wizard generated.</source>
        <translation>Demo: Die Person wird gespielt — Anmeldung unter %1 als %2 mit dem temporären Passwort und Setzen des neuen Passworts, das der Assistent erzeugt hat.</translation>
    </message>
    <message>
        <source>Demo: the person changed the operator&apos;s password at the web page.</source>
        <translation>Demo: Die Person hat das Passwort des Operators auf der Webseite geändert.</translation>
    </message>
    <message>
        <source>Demo: the simulated person could not change the password: %1</source>
        <translation>Demo: Die simulierte Person konnte das Passwort nicht ändern: %1</translation>
    </message>
    <message>
        <source>The simulators&apos; process did not give its addresses and the admin&apos;s password.</source>
        <translation>Der Prozess der Simulatoren hat seine Adressen und das Passwort des Admins nicht genannt.</translation>
    </message>
</context>
<context>
    <name>DemoWalkthrough</name>
    <message>
        <source>The demo walk did not reach the overview within %1 s (it stopped at the page “%2”).</source>
        <translation>Der Demo-Durchlauf hat die Übersicht nicht innerhalb von %1 s erreicht (er blieb auf der Seite «%2» stehen).</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) written to %1.</source>
        <translation>
            <numerusform>%n Screenshot nach %1 geschrieben.</numerusform>
            <numerusform>%n Screenshots nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The step “%1” failed: %2</source>
        <translation>Der Schritt «%1» ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The page “%1” does not go on.</source>
        <translation>Die Seite «%1» geht nicht weiter.</translation>
    </message>
    <message>
        <source>The demo went through every page to the overview.</source>
        <translation>Die Demo hat alle Seiten bis zur Übersicht durchlaufen.</translation>
    </message>
</context>
<context>
    <name>DomainsPage</name>
    <message>
        <source>DNS records to publish</source>
        <translation>Zu veröffentlichende DNS-Einträge</translation>
    </message>
    <message>
        <source>The e-mail domains for which certificates should be received later.</source>
        <translation>Die E-Mail-Domains, für die später Zertifikate bezogen werden sollen.</translation>
    </message>
    <message>
        <source>E-mail domains, one per line</source>
        <translation>E-Mail-Domains, eine pro Zeile</translation>
    </message>
    <message>
        <source>example.ch
mail.example.ch</source>
        <translation>beispiel.ch
mail.beispiel.ch</translation>
    </message>
    <message>
        <source>Domain control validation method</source>
        <translation>Methode der Domain-Validierung</translation>
    </message>
    <message>
        <source>CNAME record in DNS</source>
        <translation>CNAME-Eintrag im DNS</translation>
    </message>
    <message>
        <source>TXT record in DNS</source>
        <translation>TXT-Eintrag im DNS</translation>
    </message>
    <message>
        <source>E-mail &amp;domains *:</source>
        <translation>E-Mail-&amp;Domains *:</translation>
    </message>
    <message>
        <source>Domain control &amp;validation:</source>
        <translation>Domain-&amp;Validierung:</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Enter at least one e-mail domain.</source>
        <translation>Geben Sie mindestens eine E-Mail-Domain ein.</translation>
    </message>
    <message>
        <source>Create or adopt %1 and delegate it to the organisation for S/MIME.</source>
        <translation>%1 anlegen oder übernehmen und für S/MIME an die Organisation delegieren.</translation>
    </message>
    <message>
        <source>Start domain control validation of each registered domain (e.g. example.ch for mail.example.ch) and show the DNS record to publish.</source>
        <translation>Die Domain-Validierung (DCV) jeder registrierten Domain starten (z. B. example.ch für mail.example.ch) und den zu veröffentlichenden DNS-Eintrag anzeigen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 record, status: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2-Eintrag, Status: %3</translation>
    </message>
    <message>
        <source>not validated yet</source>
        <translation>noch nicht validiert</translation>
    </message>
    <message>
        <source>Record host for %1</source>
        <translation>Host des Eintrags für %1</translation>
    </message>
    <message>
        <source>Record value for %1</source>
        <translation>Wert des Eintrags für %1</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>C&amp;reate the domains</source>
        <translation>Domains &amp;anlegen</translation>
    </message>
    <message>
        <source>Domain control validation (DCV): Sectigo checks that you control the domain, here by a DNS record you publish.</source>
        <translation>Domain Control Validation (DCV): Sectigo prüft, dass Sie die Domain kontrollieren, hier über einen DNS-Eintrag, den Sie veröffentlichen.</translation>
    </message>
    <message>
        <source>E-mail to an address of the domain</source>
        <translation>E-Mail an eine Adresse der Domain</translation>
    </message>
    <message>
        <source>Validation e-mail address for %1</source>
        <translation>Validierungs-E-Mail-Adresse für %1</translation>
    </message>
    <message>
        <source>Sectigo sends the validation mail for %1 to this address; a person who reads it confirms. Pick one of the addresses SCM offers.</source>
        <translation>Sectigo sendet die Validierungs-E-Mail für %1 an diese Adresse; eine Person, die sie liest, bestätigt. Wählen Sie eine der Adressen, die SCM anbietet.</translation>
    </message>
    <message>
        <source>Validation e-mail for %1:</source>
        <translation>Validierungs-E-Mail für %1:</translation>
    </message>
    <message>
        <source>Choose the address Sectigo&apos;s validation mail for %1 goes to.</source>
        <translation>Wählen Sie die Adresse, an die die Validierungs-E-Mail von Sectigo für %1 geht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Start domain control validation of %1 by e-mail to %2.</source>
        <translation>Die Domain-Validierung von %1 per E-Mail an %2 starten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — validation mail sent to %2, status: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Validierungs-E-Mail an %2 gesendet, Status: %3</translation>
    </message>
    <message>
        <source>Sectigo rejected the earlier validation order. This record is new: publish it in place of the one published before.</source>
        <translation>Sectigo hat den früheren Validierungsauftrag abgelehnt. Dieser Eintrag ist neu: Veröffentlichen Sie ihn anstelle des zuvor veröffentlichten.</translation>
    </message>
</context>
<context>
    <name>DomainsStep</name>
    <message>
        <source>The plan has no domains.</source>
        <translation>Der Plan enthält keine Domains.</translation>
    </message>
    <message>
        <source>Looking up the domain %1</source>
        <translation>Domain %1 wird gesucht</translation>
    </message>
    <message>
        <source>Reading the domain %1</source>
        <translation>Domain %1 wird gelesen</translation>
    </message>
    <message>
        <source>Creating the domain %1, delegated for S/MIME</source>
        <translation>Domain %1 wird angelegt, für S/MIME delegiert</translation>
    </message>
    <message>
        <source>Creating the domain %1</source>
        <translation>Domain %1 wird angelegt</translation>
    </message>
    <message>
        <source>SCM does not keep an active S/MIME delegation of %1 to the organisation.</source>
        <translation>SCM hält keine aktive S/MIME-Delegierung von %1 an die Organisation.</translation>
    </message>
    <message>
        <source>Delegating the existing domain %1 to the organisation for S/MIME</source>
        <translation>Bestehende Domain %1 wird für S/MIME an die Organisation delegiert</translation>
    </message>
    <message>
        <source>Delegating %1</source>
        <translation>%1 wird delegiert</translation>
    </message>
    <message>
        <source>Approving the delegation of %1 (%2)</source>
        <translation>Delegierung von %1 wird genehmigt (%2)</translation>
    </message>
    <message>
        <source>Approving the delegation of %1</source>
        <translation>Delegierung von %1 wird genehmigt</translation>
    </message>
    <message>
        <source>Reading the DCV status of %1</source>
        <translation>DCV-Status von %1 wird gelesen</translation>
    </message>
    <message>
        <source>Starting DCV of %1</source>
        <translation>DCV von %1 wird gestartet</translation>
    </message>
    <message>
        <source>Submitting DCV of %1</source>
        <translation>DCV von %1 wird eingereicht</translation>
    </message>
    <message>
        <source>%1: publish the DNS %2 record %3 → %4</source>
        <translation>%1: den DNS-%2-Eintrag %3 → %4 veröffentlichen</translation>
    </message>
    <message>
        <source>%1: answer the validation e-mail sent to %2</source>
        <translation>%1: die an %2 gesendete Validierungs-E-Mail beantworten</translation>
    </message>
    <message>
        <source>%1: publish %2 with the lines %3 and %4</source>
        <translation>%1: %2 mit den Zeilen %3 und %4 veröffentlichen</translation>
    </message>
    <message>
        <source>Domains delegated for S/MIME and validated: %1.</source>
        <translation>Für S/MIME delegierte und validierte Domains: %1.</translation>
    </message>
    <message>
        <source>Domain control validation is waiting: %1. Sectigo checks by itself; mpki-setup looks again from time to time, and at its next start.</source>
        <translation>Die Domain-Validierung wartet: %1. Sectigo prüft von selbst; mpki-setup schaut von Zeit zu Zeit und beim nächsten Start erneut nach.</translation>
    </message>
    <message>
        <source>Sectigo rejected the earlier DCV order of %1: starting a new one</source>
        <translation>Sectigo hat den früheren DCV-Auftrag von %1 abgelehnt: Ein neuer wird gestartet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The plan names no address for the e-mail validation of %1 (dcvEmail). SCM offers: %2.</source>
        <translation>Der Plan nennt keine Adresse für die E-Mail-Validierung von %1 (dcvEmail). SCM bietet an: %2.</translation>
    </message>
    <message>
        <source>SCM does not offer %1 for the e-mail validation of %2. Name one of the offered addresses in the plan (dcvEmail): %3.</source>
        <translation>SCM bietet %1 nicht für die E-Mail-Validierung von %2 an. Nennen Sie im Plan eine der angebotenen Adressen (dcvEmail): %3.</translation>
    </message>
    <message>
        <source>%1: Sectigo rejected the earlier validation order; the record below is new and replaces the one published before</source>
        <translation>%1: Sectigo hat den früheren Validierungsauftrag abgelehnt; der folgende Eintrag ist neu und ersetzt den zuvor veröffentlichten</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Writes the connector file for the SEPPmail gateway from a state directory: the values the connector step assembled and the operator&apos;s password from the keychain, encrypted with a passphrase (or in the clear with --plain), and optionally the values sheet as PDF or HTML.</source>
        <translation>Schreibt die Connector-Datei für das SEPPmail-Gateway aus einem Statusverzeichnis: die Werte, die der Connector-Schritt zusammengestellt hat, und das Passwort des Operators aus dem Schlüsselbund, mit einer Passphrase verschlüsselt (oder mit --plain im Klartext), und auf Wunsch das Werteblatt als PDF oder HTML.</translation>
    </message>
    <message>
        <source>The state directory of a run.</source>
        <translation>Das Statusverzeichnis eines Laufs.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>The connector file to write.</source>
        <translation>Die zu schreibende Connector-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase (without it, the passphrase is asked for on the terminal).</source>
        <translation>Eine Datei, deren erste Zeile die Passphrase ist (ohne sie wird die Passphrase im Terminal abgefragt).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Write the password in the clear (the file is still 0600).</source>
        <translation>Das Passwort im Klartext schreiben (die Datei hat trotzdem die Rechte 0600).</translation>
    </message>
    <message>
        <source>Also write the values sheet (.pdf or .html).</source>
        <translation>Zusätzlich das Werteblatt schreiben (.pdf oder .html).</translation>
    </message>
    <message>
        <source>The language of the messages and the sheet&apos;s labels.</source>
        <translation>Die Sprache der Meldungen und der Beschriftungen des Werteblatts.</translation>
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
        <translation>mpki-setup export: Geben Sie das Statusverzeichnis mit --state VERZEICHNIS und die zu schreibende Datei mit --out DATEI an.
</translation>
    </message>
    <message>
        <source>mpki-setup export: --plain and --passphrase-file exclude each other.
</source>
        <translation>mpki-setup export: --plain und --passphrase-file schließen sich gegenseitig aus.
</translation>
    </message>
    <message>
        <source>mpki-setup export: the values sheet must end in .pdf or .html.
</source>
        <translation>mpki-setup export: Das Werteblatt muss auf .pdf oder .html enden.
</translation>
    </message>
    <message>
        <source>Wrote the values sheet %1.
</source>
        <translation>Werteblatt %1 geschrieben.
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>mpki-setup export: %1 (state directory %2)
</source>
        <translation>mpki-setup export: %1 (Statusverzeichnis %2)
</translation>
    </message>
    <message>
        <source>Replace the file given with --out even when it is not a connector file.</source>
        <translation>Die mit --out angegebene Datei auch dann ersetzen, wenn sie keine Connector-Datei ist.</translation>
    </message>
</context>
<context>
    <name>GatewaySimulator</name>
    <message>
        <source>Cannot make the gateway simulator&apos;s TLS certificate: %1</source>
        <translation>Das TLS-Zertifikat des Gateway-Simulators kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>The gateway simulator cannot listen on %1:%2.</source>
        <translation>Der Gateway-Simulator kann nicht auf %1:%2 lauschen.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Run the onboarding&apos;s step(s) %1 again (mpki-setup run --only %1).</source>
        <translation>Führen Sie Schritt(e) %1 der Einrichtung erneut aus (mpki-setup run --only %1).</translation>
    </message>
    <message>
        <source>Run %1.</source>
        <translation>Führen Sie %1 aus.</translation>
    </message>
    <message>
        <source>Give the operator a new password (mpki-setup rotate) and type it into the gateway&apos;s MPKI page.</source>
        <translation>Geben Sie dem Operator ein neues Passwort (mpki-setup rotate) und tragen Sie es auf der MPKI-Seite des Gateways ein.</translation>
    </message>
    <message>
        <source>Give the operator a new password with %1 and type it into the gateway&apos;s MPKI page.</source>
        <translation>Geben Sie dem Operator mit %1 ein neues Passwort und tragen Sie es auf der MPKI-Seite des Gateways ein.</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>am %1 abgelaufen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>valid; SCM gives no expiry date</source>
        <translation>gültig; SCM nennt kein Ablaufdatum</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) from today)</source>
        <translation>
            <numerusform>gültig bis %1 (noch %n Tag)</numerusform>
            <numerusform>gültig bis %1 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SCM did not answer within %n second(s)</source>
        <translation>
            <numerusform>SCM hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>SCM hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be checked: %1</source>
        <translation>konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The operator %1 signs in</source>
        <translation>Der Operator %1 meldet sich an</translation>
    </message>
    <message>
        <source>The operator&apos;s password</source>
        <translation>Das Passwort des Operators</translation>
    </message>
    <message>
        <source>SCM refuses the operator&apos;s password (%1)</source>
        <translation>SCM lehnt das Passwort des Operators ab (%1)</translation>
    </message>
    <message>
        <source>If the password was changed elsewhere, export the connector file again where it was changed; otherwise let the MRAO admin set a new one (“Reset it as the MRAO admin…” after “Rotate the operator password”).</source>
        <translation>Wurde das Passwort anderswo geändert, exportieren Sie die Connector-Datei dort erneut, wo es geändert wurde; andernfalls lassen Sie den MRAO-Administrator ein neues setzen («Als MRAO-Administrator zurücksetzen…» nach «Operator-Passwort rotieren»).</translation>
    </message>
    <message>
        <source>If the password was changed elsewhere, export the connector file again where it was changed; otherwise let the MRAO admin set a new one: %1 --reset-operator-password</source>
        <translation>Wurde das Passwort anderswo geändert, exportieren Sie die Connector-Datei dort erneut, wo es geändert wurde; andernfalls lassen Sie den MRAO-Administrator ein neues setzen: %1 --reset-operator-password</translation>
    </message>
    <message>
        <source>SCM refuses the gateway&apos;s requests: the password has expired</source>
        <translation>SCM lehnt die Anfragen des Gateways ab: Das Passwort ist abgelaufen</translation>
    </message>
    <message>
        <source>signs in with the gateway&apos;s password</source>
        <translation>meldet sich mit dem Passwort des Gateways an</translation>
    </message>
    <message>
        <source>The operator&apos;s record</source>
        <translation>Der Eintrag des Operators</translation>
    </message>
    <message>
        <source>SCM does not list the operator to itself</source>
        <translation>SCM zeigt dem Operator seinen eigenen Eintrag nicht an</translation>
    </message>
    <message>
        <source>The operator is API-only</source>
        <translation>Der Operator ist API-only</translation>
    </message>
    <message>
        <source>The operator&apos;s S/MIME role on the organisation</source>
        <translation>Die S/MIME-Rolle des Operators in der Organisation</translation>
    </message>
    <message>
        <source>The operator may request client certificates</source>
        <translation>Der Operator darf Client-Zertifikate beantragen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: the operator is a %1 admin now, and can sign in to the web interface</source>
        <translation>nein: Der Operator ist jetzt ein %1-Administrator und kann sich an der Weboberfläche anmelden</translation>
    </message>
    <message>
        <source>%1 on %2 (id %3)</source>
        <translation>%1 in %2 (ID %3)</translation>
    </message>
    <message>
        <source>the operator has no S/MIME role on the organisation %1 (id %2) any more</source>
        <translation>der Operator hat keine S/MIME-Rolle mehr in der Organisation %1 (ID %2)</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <source>no: the privilege %1 was taken away</source>
        <translation>nein: Das Recht %1 wurde entzogen</translation>
    </message>
    <message>
        <source>The organisation %1</source>
        <translation>Die Organisation %1</translation>
    </message>
    <message>
        <source>REST access for client certificates</source>
        <translation>REST-Zugriff für Client-Zertifikate</translation>
    </message>
    <message>
        <source>SCM knows no organisation with id %1 any more</source>
        <translation>SCM kennt keine Organisation mit der ID %1 mehr</translation>
    </message>
    <message>
        <source>exists (id %1)</source>
        <translation>existiert (ID %1)</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>eingeschaltet</translation>
    </message>
    <message>
        <source>switched off: the gateway&apos;s requests are refused</source>
        <translation>ausgeschaltet: Die Anfragen des Gateways werden abgelehnt</translation>
    </message>
    <message>
        <source>The organisation&apos;s OV S/MIME validation</source>
        <translation>Die OV-S/MIME-Validierung der Organisation</translation>
    </message>
    <message>
        <source>SCM lists none</source>
        <translation>SCM führt keine auf</translation>
    </message>
    <message>
        <source>%1 (validation %2)</source>
        <translation>%1 (Validierung %2)</translation>
    </message>
    <message>
        <source>The S/MIME profile %1</source>
        <translation>Das S/MIME-Profil %1</translation>
    </message>
    <message>
        <source>offered to the organisation</source>
        <translation>der Organisation angeboten</translation>
    </message>
    <message numerus="yes">
        <source>offered, but no longer with the term of %n day(s)</source>
        <translation>
            <numerusform>angeboten, aber nicht mehr mit der Laufzeit von %n Tag</numerusform>
            <numerusform>angeboten, aber nicht mehr mit der Laufzeit von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no longer offered to the organisation</source>
        <translation>der Organisation nicht mehr angeboten</translation>
    </message>
    <message>
        <source>Choose a profile SCM offers in the plan, then %1</source>
        <translation>Wählen Sie im Plan ein Profil, das SCM anbietet. Dann: %1</translation>
    </message>
    <message>
        <source>The domain %1 is delegated for S/MIME</source>
        <translation>Die Domain %1 ist für S/MIME delegiert</translation>
    </message>
    <message>
        <source>SCM does not list the domain any more</source>
        <translation>SCM führt die Domain nicht mehr auf</translation>
    </message>
    <message>
        <source>to %1 (domain id %2)</source>
        <translation>an %1 (Domain-ID %2)</translation>
    </message>
    <message>
        <source>the delegation is %1, not active</source>
        <translation>die Delegierung ist %1, nicht aktiv</translation>
    </message>
    <message>
        <source>no longer delegated to %1 for S/MIME</source>
        <translation>für S/MIME nicht mehr an %1 delegiert</translation>
    </message>
    <message>
        <source>Domain control validation of %1</source>
        <translation>Domain-Validierung von %1</translation>
    </message>
    <message>
        <source>not validated</source>
        <translation>nicht validiert</translation>
    </message>
    <message>
        <source>The password of the admin %1</source>
        <translation>Das Passwort des Administrators %1</translation>
    </message>
    <message>
        <source>Change it in SCM&apos;s web interface before it expires; the wizard and mpki-setup run sign in with it.</source>
        <translation>Ändern Sie es vor dem Ablauf in der Weboberfläche von SCM; der Assistent und mpki-setup run melden sich damit an.</translation>
    </message>
    <message>
        <source>SCM refuses it (%1)</source>
        <translation>SCM lehnt es ab (%1)</translation>
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
        <translation>%1 Schließen Sie zuerst die Einrichtung ab (mpki-setup run).</translation>
    </message>
    <message>
        <source>the password of the operator %1</source>
        <translation>das Passwort des Operators %1</translation>
    </message>
    <message>
        <source>the passphrase of the connector file %1</source>
        <translation>die Passphrase der Connector-Datei %1</translation>
    </message>
    <message>
        <source>Checks that the gateway&apos;s connection to SCM still works and for how long: signs in as the operator with the gateway&apos;s password and checks its password expiry, API-only, role and privilege, the organisation&apos;s REST access and OV S/MIME validation, each domain&apos;s delegation and DCV, and the S/MIME profile. Changes nothing. Exit codes follow the monitoring-plugin convention (Nagios, Icinga, Zabbix): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (SCM unreachable, no secret, bad command line).</source>
        <translation>Prüft, ob die Verbindung des Gateways zu SCM noch funktioniert und wie lange noch: meldet sich mit dem Passwort des Gateways als Operator an und prüft den Ablauf seines Passworts, API-only, Rolle und Recht, den REST-Zugriff und die OV-S/MIME-Validierung der Organisation, Delegierung und DCV jeder Domain sowie das S/MIME-Profil. Ändert nichts. Die Exit-Codes folgen der Konvention für Monitoring-Plugins (Nagios, Icinga, Zabbix): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (SCM nicht erreichbar, kein Geheimnis, fehlerhafte Befehlszeile).</translation>
    </message>
    <message>
        <source>The state directory of the onboarding (the operator&apos;s password from the keychain).</source>
        <translation>Das Statusverzeichnis der Einrichtung (das Passwort des Operators aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>A connector file instead of a state directory (works on any machine).</source>
        <translation>Eine Connector-Datei statt eines Statusverzeichnisses (funktioniert auf jedem Rechner).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>A file whose first line is the connector file&apos;s passphrase.</source>
        <translation>Eine Datei, deren erste Zeile die Passphrase der Connector-Datei ist.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>D</translation>
    </message>
    <message>
        <source>A file whose first line is the admin&apos;s password, to check its expiry too (optional; also MPKI_SCM_PASSWORD or the keychain).</source>
        <translation>Eine Datei, deren erste Zeile das Passwort des Administrators ist, um auch dessen Ablauf zu prüfen (optional; auch MPKI_SCM_PASSWORD oder der Schlüsselbund).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>WARNING when something expires within this many days (default 21).</source>
        <translation>WARNING, wenn etwas innerhalb dieser Anzahl Tage abläuft (Standard 21).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>CRITICAL when something expires within this many days (default 7).</source>
        <translation>CRITICAL, wenn etwas innerhalb dieser Anzahl Tage abläuft (Standard 7).</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 60).</source>
        <translation>Nach dieser Anzahl Sekunden aufgeben (Standard 60).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this file (PEM or DER) for SCM.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser Datei (PEM oder DER) für SCM vertrauen.</translation>
    </message>
    <message>
        <source>give either the state directory (--state DIR) or a connector file (--connector FILE).</source>
        <translation>Geben Sie entweder das Statusverzeichnis (--state VERZEICHNIS) oder eine Connector-Datei (--connector DATEI) an.</translation>
    </message>
    <message>
        <source>--warn-days and --critical-days take a number of days from 0 to 3650, the critical one not above the warning one.</source>
        <translation>--warn-days und --critical-days erwarten eine Anzahl Tage von 0 bis 3650, der kritische Wert nicht über dem Warnwert.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 3600.</translation>
    </message>
    <message numerus="yes">
        <source>the check did not finish within %n second(s).</source>
        <translation>
            <numerusform>Die Prüfung wurde nicht innerhalb von %n Sekunde abgeschlossen.</numerusform>
            <numerusform>Die Prüfung wurde nicht innerhalb von %n Sekunden abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the SCM connection of the operator %2 at %3 (%4)
</source>
        <translation>%1: SCM-Verbindung des Operators %2 bei %3 (%4)
</translation>
    </message>
</context>
<context>
    <name>HealthController</name>
    <message>
        <source>No onboarding is open, so there is no connection to check.</source>
        <translation>Es ist keine Einrichtung geöffnet, daher gibt es keine Verbindung zu prüfen.</translation>
    </message>
    <message>
        <source>The built-in simulator is still starting; try again in a moment.</source>
        <translation>Der eingebaute Simulator startet noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>There is nothing to check yet: the health check needs a finished onboarding, whose Connector step has assembled the values the gateway uses. Finish the onboarding first.</source>
        <translation>Es gibt noch nichts zu prüfen: Die Zustandsprüfung braucht eine abgeschlossene Einrichtung, deren Connector-Schritt die Werte für das Gateway zusammengestellt hat. Schließen Sie zuerst die Einrichtung ab.</translation>
    </message>
    <message>
        <source>The operator %1 at %2 (customer URI %3), as the gateway signs in.</source>
        <translation>Der Operator %1 bei %2 (Customer URI %3), so wie sich das Gateway anmeldet.</translation>
    </message>
    <message>
        <source>The connection to SCM</source>
        <translation>Die Verbindung zu SCM</translation>
    </message>
    <message>
        <source>the keychain holds no password of the operator %1</source>
        <translation>der Schlüsselbund enthält kein Passwort des Operators %1</translation>
    </message>
    <message>
        <source>The operator&apos;s password</source>
        <translation>Das Passwort des Operators</translation>
    </message>
    <message>
        <source>Rotate the operator password: when no stored password signs in, the wizard offers to reset it as the MRAO admin.</source>
        <translation>Operator-Passwort rotieren: Funktioniert kein gespeichertes Passwort, bietet der Assistent an, es als MRAO-Administrator zurückzusetzen.</translation>
    </message>
    <message>
        <source>“Rotate the operator password” in this view</source>
        <translation>«Operator-Passwort rotieren» in dieser Ansicht</translation>
    </message>
    <message>
        <source>the step(s) %1 again from the wizard&apos;s step overview</source>
        <translation>Schritt(e) %1 in der Schrittübersicht des Assistenten erneut</translation>
    </message>
    <message>
        <source>Reset the operator&apos;s password?</source>
        <translation>Passwort des Operators zurücksetzen?</translation>
    </message>
    <message>
        <source>The operator %1 cannot give itself a new password (the rotation&apos;s result says why). The MRAO admin %2 sets a new generated password for it, which is then replaced with another one. The password configured on the gateway&apos;s MPKI page stops working at once and must be replaced there with the new one. Reset the operator&apos;s password now?</source>
        <translation>Der Operator %1 kann sich selbst kein neues Passwort geben (das Ergebnis der Rotation nennt den Grund). Der MRAO-Administrator %2 setzt ein neues, erzeugtes Passwort für ihn, das anschließend durch ein weiteres ersetzt wird. Das auf der MPKI-Seite des Gateways konfigurierte Passwort funktioniert sofort nicht mehr und muss dort durch das neue ersetzt werden. Passwort des Operators jetzt zurücksetzen?</translation>
    </message>
    <message>
        <source>&amp;Reset the password</source>
        <translation>Passwort zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Rotate the operator password?</source>
        <translation>Operator-Passwort rotieren?</translation>
    </message>
    <message>
        <source>The operator %1 gets a new generated password in the Certificate Manager. The password configured on the gateway&apos;s MPKI page stops working at once: the gateway cannot request certificates until the new password is entered on its MPKI page (or a new connector file is imported there). Rotate the operator password now?</source>
        <translation>Der Operator %1 erhält im Certificate Manager ein neues, erzeugtes Passwort. Das auf der MPKI-Seite des Gateways konfigurierte Passwort funktioniert sofort nicht mehr: Das Gateway kann keine Zertifikate beantragen, bis das neue Passwort auf seiner MPKI-Seite eingetragen (oder dort eine neue Connector-Datei importiert) ist. Operator-Passwort jetzt rotieren?</translation>
    </message>
    <message>
        <source>&amp;Rotate the password</source>
        <translation>Passwort &amp;rotieren</translation>
    </message>
    <message>
        <source>The new password is in the keychain, but the onboarding&apos;s state could not be saved: %1</source>
        <translation>Das neue Passwort ist im Schlüsselbund, aber der Status der Einrichtung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Rotate the operator password…</source>
        <translation>Operator-Passwort &amp;rotieren…</translation>
    </message>
    <message>
        <source>Reset it as the &amp;MRAO admin…</source>
        <translation>Als &amp;MRAO-Administrator zurücksetzen…</translation>
    </message>
    <message>
        <source>New operator password</source>
        <translation>Neues Operator-Passwort</translation>
    </message>
    <message>
        <source>Save a new connector &amp;file…</source>
        <translation>Neue &amp;Connector-Datei speichern…</translation>
    </message>
    <message>
        <source>Health of the SCM connection</source>
        <translation>Zustand der SCM-Verbindung</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Findings of the health check</source>
        <translation>Befunde der Zustandsprüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Rotate the operator password</source>
        <translation>Operator-Passwort rotieren</translation>
    </message>
    <message>
        <source>Gives the operator a new generated password. The gateway&apos;s configured password stops working at once and must be replaced on its MPKI page.</source>
        <translation>Gibt dem Operator ein neues, erzeugtes Passwort. Das auf dem Gateway konfigurierte Passwort funktioniert sofort nicht mehr und muss auf dessen MPKI-Seite ersetzt werden.</translation>
    </message>
    <message>
        <source>Reset the operator&apos;s password as the MRAO admin</source>
        <translation>Passwort des Operators als MRAO-Administrator zurücksetzen</translation>
    </message>
    <message>
        <source>Passphrase of the connector file</source>
        <translation>Passphrase der Connector-Datei</translation>
    </message>
    <message>
        <source>Passphrase of the connector file, again</source>
        <translation>Passphrase der Connector-Datei, Wiederholung</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation>Passphrase wie&amp;derholen:</translation>
    </message>
    <message>
        <source>Or save a new connector file for the gateway: it carries the new password encrypted with a passphrase.</source>
        <translation>Oder speichern Sie eine neue Connector-Datei für das Gateway: Sie enthält das neue Passwort, mit einer Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>Checking the connection as the gateway does…</source>
        <translation>Die Verbindung wird aus Sicht des Gateways geprüft…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall: %1&lt;/b&gt; — checked %2</source>
        <translation>&lt;b&gt;Gesamt: %1&lt;/b&gt; — geprüft am %2</translation>
    </message>
    <message>
        <source>Giving the operator a new password…</source>
        <translation>Der Operator erhält ein neues Passwort…</translation>
    </message>
    <message>
        <source>an unknown date (SCM gives none)</source>
        <translation>unbekannt (SCM nennt kein Datum)</translation>
    </message>
    <message>
        <source>The old password stopped working at %1. The new one expires on %2. Enter the new password on the gateway&apos;s MPKI page now.</source>
        <translation>Das alte Passwort funktioniert seit %1 nicht mehr. Ablauf des neuen: %2. Tragen Sie das neue Passwort jetzt auf der MPKI-Seite des Gateways ein.</translation>
    </message>
    <message>
        <source>Save a new connector file</source>
        <translation>Neue Connector-Datei speichern</translation>
    </message>
    <message>
        <source>Connector files (*.json)</source>
        <translation>Connector-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Encrypting and writing…</source>
        <translation>Verschlüsseln und schreiben…</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>HtmlDocumentFile</name>
    <message>
        <source>Cannot write %1: a PDF needs a graphical application object (QGuiApplication).</source>
        <translation>%1 kann nicht geschrieben werden: Ein PDF braucht ein grafisches Anwendungsobjekt (QGuiApplication).</translation>
    </message>
    <message>
        <source>the PDF could not be produced</source>
        <translation>das PDF konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: the file must end in .pdf or .html.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei muss auf .pdf oder .html enden.</translation>
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
        <translation>Das Passwort des Operators läuft am %1 ab.
</translation>
    </message>
    <message>
        <source>Made on %1%2.
</source>
        <translation>Erstellt am %1%2.
</translation>
    </message>
    <message>
        <source> from the plan %1</source>
        <translation> aus dem Plan %1</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>Reads a connector file written by mpki-setup (run --export or export) and prints the values for the SEPPmail gateway&apos;s MPKI → Sectigo page. The password is masked unless --show-password is given.</source>
        <translation>Liest eine von mpki-setup geschriebene Connector-Datei (run --export oder export) und gibt die Werte für die Seite MPKI → Sectigo des SEPPmail-Gateways aus. Das Passwort wird maskiert, außer wenn --show-password angegeben ist.</translation>
    </message>
    <message>
        <source>The connector file.</source>
        <translation>Die Connector-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase (without it, the passphrase is asked for on the terminal).</source>
        <translation>Eine Datei, deren erste Zeile die Passphrase ist (ohne sie wird die Passphrase im Terminal abgefragt).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Print one JSON object with the file&apos;s field names.</source>
        <translation>Ein JSON-Objekt mit den Feldnamen der Datei ausgeben.</translation>
    </message>
    <message>
        <source>Show the operator&apos;s password.</source>
        <translation>Das Passwort des Operators anzeigen.</translation>
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
        <translation>mpki-setup import: Geben Sie die Connector-Datei mit --in DATEI an.
</translation>
    </message>
    <message>
        <source>the passphrase of the connector file %1</source>
        <translation>die Passphrase der Connector-Datei %1</translation>
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
        <translation>Das Journal %1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain holds no secret for %1.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für %1.</translation>
    </message>
    <message>
        <source>The keychain refused the request for %1: %2.</source>
        <translation>Der Schlüsselbund hat die Anfrage für %1 abgelehnt: %2.</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1). Give the secrets another way: --password-file FILE or the environment variable MPKI_SCM_PASSWORD for the admin&apos;s password (--gateway-token-file / MPKI_GATEWAY_TOKEN and --gateway-secret-file / MPKI_GATEWAY_SECRET for the gateway), or start a Secret Service such as gnome-keyring in this session.</source>
        <translation>Kein Schlüsselbund erreichbar (%1). Geben Sie die Geheimnisse auf anderem Weg an: --password-file DATEI oder die Umgebungsvariable MPKI_SCM_PASSWORD für das Passwort des Administrators (--gateway-token-file / MPKI_GATEWAY_TOKEN und --gateway-secret-file / MPKI_GATEWAY_SECRET für das Gateway), oder starten Sie in dieser Sitzung einen Secret Service wie gnome-keyring.</translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation>kein Secret Service</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Für %1 ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>MpkiWizard</name>
    <message>
        <source>MPKI setup for SEPPmail — demo with the built-in simulator</source>
        <translation>MPKI-Einrichtung für SEPPmail — Demo mit dem eingebauten Simulator</translation>
    </message>
    <message>
        <source>MPKI setup for SEPPmail</source>
        <translation>MPKI-Einrichtung für SEPPmail</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>OnboardingReport</name>
    <message>
        <source>The state names no plan file and there is no wizard plan beside it: what only the plan holds (the operator&apos;s role and privileges, the validation level) is missing below.</source>
        <translation>Der Status nennt keine Plandatei, und daneben liegt kein Plan des Assistenten: Was nur der Plan enthält (Rolle und Rechte des Operators, Validierungsstufe), fehlt unten.</translation>
    </message>
    <message>
        <source>The plan file %1 that the run used no longer exists: what only the plan holds (the operator&apos;s role and privileges, the validation level) is missing below.</source>
        <translation>Die Plandatei %1, die der Lauf verwendet hat, existiert nicht mehr: Was nur der Plan enthält (Rolle und Rechte des Operators, Validierungsstufe), fehlt unten.</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be read (%2): what only the plan holds is missing below.</source>
        <translation>Die Plandatei %1 kann nicht gelesen werden (%2): Was nur der Plan enthält, fehlt unten.</translation>
    </message>
    <message>
        <source>The plan file %1 changed after the run (its fingerprint differs from the one the state recorded): values below taken from it may not be what the run used.</source>
        <translation>Die Plandatei %1 wurde nach dem Lauf geändert (ihr Fingerabdruck weicht von dem im Status festgehaltenen ab): Die unten daraus übernommenen Werte entsprechen möglicherweise nicht denen des Laufs.</translation>
    </message>
    <message>
        <source>Onboarding report: SEPPmail gateway → Sectigo Certificate Manager</source>
        <translation>Einrichtungsbericht: SEPPmail-Gateway → Sectigo Certificate Manager</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>adopted (it existed)</source>
        <translation>übernommen (existierte bereits)</translation>
    </message>
    <message>
        <source>not known (no journal)</source>
        <translation>nicht bekannt (kein Journal)</translation>
    </message>
    <message>
        <source>State directory</source>
        <translation>Statusverzeichnis</translation>
    </message>
    <message>
        <source>Run by (OS user)</source>
        <translation>Ausgeführt von (OS-Benutzer)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>%1, role %2</source>
        <translation>%1, Rolle %2</translation>
    </message>
    <message>
        <source>SCM admin who ran the steps</source>
        <translation>SCM-Administrator, der die Schritte ausgeführt hat</translation>
    </message>
    <message>
        <source>SCM base URL</source>
        <translation>SCM-Basis-URL</translation>
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
        <translation>Fingerabdruck des Plans (SHA-256)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>not finished: %1 of %2 steps done</source>
        <translation>nicht abgeschlossen: %1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source>Last change of the state</source>
        <translation>Letzte Änderung des Status</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>Der Lauf</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created or adopted</source>
        <translation>Angelegt oder übernommen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details and dates</source>
        <translation>Details und Datumsangaben</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>REST enrolment of client certificates switched on; recorded %1</source>
        <translation>REST-Enrollment von Client-Zertifikaten eingeschaltet; festgehalten am %1</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>checked from %1</source>
        <translation>geprüft ab %1</translation>
    </message>
    <message>
        <source>validated by %1</source>
        <translation>validiert am %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>level not known (no plan)</source>
        <translation>Stufe nicht bekannt (kein Plan)</translation>
    </message>
    <message>
        <source>requested by this onboarding</source>
        <translation>von dieser Einrichtung beantragt</translation>
    </message>
    <message>
        <source>DCV method %1</source>
        <translation>DCV-Methode %1</translation>
    </message>
    <message>
        <source>DCV of the registered domain %1</source>
        <translation>DCV der registrierten Domain %1</translation>
    </message>
    <message>
        <source>validation mail to %1</source>
        <translation>Validierungs-E-Mail an %1</translation>
    </message>
    <message>
        <source>delegated for S/MIME and validated by %1</source>
        <translation>für S/MIME delegiert und validiert am %1</translation>
    </message>
    <message>
        <source>DCV expires %1</source>
        <translation>DCV läuft am %1 ab</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>privileges %1</source>
        <translation>Rechte %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <source>role and privileges not known (no plan)</source>
        <translation>Rolle und Rechte nicht bekannt (kein Plan)</translation>
    </message>
    <message>
        <source>API only (privilege wsApiUseOnly) since %1</source>
        <translation>nur API (Recht wsApiUseOnly) seit %1</translation>
    </message>
    <message>
        <source>API only (type API) since %1</source>
        <translation>nur API (Typ API) seit %1</translation>
    </message>
    <message>
        <source>not API-only yet</source>
        <translation>noch nicht API-only</translation>
    </message>
    <message>
        <source>Operator (the gateway&apos;s SCM admin)</source>
        <translation>Operator (der SCM-Administrator des Gateways)</translation>
    </message>
    <message>
        <source>S/MIME profile</source>
        <translation>S/MIME-Profil</translation>
    </message>
    <message>
        <source>offered by SCM</source>
        <translation>von SCM angeboten</translation>
    </message>
    <message>
        <source>term %1 days</source>
        <translation>Laufzeit %1 Tage</translation>
    </message>
    <message>
        <source>Created or adopted in SCM</source>
        <translation>In SCM angelegt oder übernommen</translation>
    </message>
    <message>
        <source>None of the operator&apos;s stored passwords worked: the admin set a new temporary password for %1 over the API.</source>
        <translation>Keines der gespeicherten Passwörter des Operators funktionierte: Der Administrator hat über die API ein neues temporäres Passwort für %1 gesetzt.</translation>
    </message>
    <message>
        <source>Waiting for a person: the operator %1 must log in once at %2 with the temporary password and set the new password mpki-setup generated. This has not been confirmed yet.</source>
        <translation>Warten auf eine Person: Der Operator %1 muss sich einmal unter %2 mit dem temporären Passwort anmelden und das von mpki-setup erzeugte neue Passwort setzen. Dies ist noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>The operator %1 logged in once at SCM&apos;s web interface (%2) and set the password mpki-setup generated, because SCM refused the temporary password over the API (refused %3). mpki-setup confirmed the new password on %4.</source>
        <translation>Der Operator %1 hat sich einmal an der Weboberfläche von SCM (%2) angemeldet und das von mpki-setup erzeugte Passwort gesetzt, weil SCM das temporäre Passwort über die API abgelehnt hat (abgelehnt am %3). mpki-setup hat das neue Passwort am %4 bestätigt.</translation>
    </message>
    <message>
        <source>The operator&apos;s temporary password was changed over the API (%1): no web login was needed.</source>
        <translation>Das temporäre Passwort des Operators wurde über die API geändert (%1): Es war keine Web-Anmeldung nötig.</translation>
    </message>
    <message>
        <source>No password change was needed: the operator %1 signed in with its stored password.</source>
        <translation>Es war keine Passwortänderung nötig: Der Operator %1 hat sich mit seinem gespeicherten Passwort angemeldet.</translation>
    </message>
    <message>
        <source>The operator&apos;s password step has not run yet.</source>
        <translation>Der Passwort-Schritt des Operators ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>Still by hand after this report: the MPKI → Sectigo form on the gateway and the organisation&apos;s default profile in SCM (the values sheet lists both; &quot;mpki-setup export --sheet&quot; writes it).</source>
        <translation>Nach diesem Bericht noch von Hand: das Formular MPKI → Sectigo auf dem Gateway und das Standardprofil der Organisation in SCM (das Werteblatt führt beides auf; &quot;mpki-setup export --sheet&quot; schreibt es).</translation>
    </message>
    <message>
        <source>Done by hand</source>
        <translation>Von Hand erledigt</translation>
    </message>
    <message>
        <source>Password of the admin: not recorded yet.</source>
        <translation>Passwort des Administrators: noch nicht erfasst.</translation>
    </message>
    <message>
        <source>Password of the operator: not recorded yet.</source>
        <translation>Passwort des Operators: noch nicht erfasst.</translation>
    </message>
    <message>
        <source>Password of the admin %1: does not expire (%2, checked %3).</source>
        <translation>Passwort des Administrators %1: läuft nicht ab (%2, geprüft am %3).</translation>
    </message>
    <message>
        <source>Password of the operator %1: does not expire (%2, checked %3).</source>
        <translation>Passwort des Operators %1: läuft nicht ab (%2, geprüft am %3).</translation>
    </message>
    <message>
        <source>Password of the admin %1: expires on %2 (%3, checked %4).</source>
        <translation>Passwort des Administrators %1: läuft am %2 ab (%3, geprüft am %4).</translation>
    </message>
    <message>
        <source>Password of the operator %1: expires on %2 (%3, checked %4). The gateway stops getting certificates that day unless a new password is set in SCM and on the gateway before.</source>
        <translation>Passwort des Operators %1: läuft am %2 ab (%3, geprüft am %4). Ab diesem Tag erhält das Gateway keine Zertifikate mehr, sofern nicht vorher in SCM und auf dem Gateway ein neues Passwort gesetzt wird.</translation>
    </message>
    <message>
        <source>Organisation validation: SCM reported no expiry date.</source>
        <translation>Validierung der Organisation: SCM hat kein Ablaufdatum gemeldet.</translation>
    </message>
    <message>
        <source>Organisation validation: expires on %1.</source>
        <translation>Validierung der Organisation: läuft am %1 ab.</translation>
    </message>
    <message>
        <source>DCV of %1: SCM reported no expiry date.</source>
        <translation>DCV von %1: SCM hat kein Ablaufdatum gemeldet.</translation>
    </message>
    <message>
        <source>DCV of %1: expires on %2.</source>
        <translation>DCV von %1: läuft am %2 ab.</translation>
    </message>
    <message>
        <source>&quot;mpki-setup status&quot; shows the password expiry dates again; run it before they pass.</source>
        <translation>&quot;mpki-setup status&quot; zeigt die Ablaufdaten der Passwörter erneut an; führen Sie es aus, bevor sie erreicht sind.</translation>
    </message>
    <message>
        <source>Expiry dates that matter</source>
        <translation>Wichtige Ablaufdaten</translation>
    </message>
    <message>
        <source>The gateway&apos;s values</source>
        <translation>Die Werte für das Gateway</translation>
    </message>
    <message>
        <source>Not assembled yet: the connector step has not run.</source>
        <translation>Noch nicht zusammengestellt: Der Connector-Schritt ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>MPKI type</source>
        <translation>MPKI-Typ</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>not in this report (kept in the secret store; &quot;mpki-setup export&quot; hands it over)</source>
        <translation>nicht in diesem Bericht (im Geheimnisspeicher aufbewahrt; &quot;mpki-setup export&quot; übergibt es)</translation>
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
        <translation>Zertifikatstyp</translation>
    </message>
    <message>
        <source>ID %1, term %2 days</source>
        <translation>ID %1, Laufzeit %2 Tage</translation>
    </message>
    <message>
        <source>%1 (ID %2), term %3 days</source>
        <translation>%1 (ID %2), Laufzeit %3 Tage</translation>
    </message>
    <message>
        <source>Full name regex</source>
        <translation>Regex für den vollständigen Namen</translation>
    </message>
    <message>
        <source>Renewal (days before expiry)</source>
        <translation>Erneuerung (Tage vor Ablauf)</translation>
    </message>
    <message>
        <source>Managed domains</source>
        <translation>Verwaltete Domains</translation>
    </message>
    <message>
        <source>Gateway REST API</source>
        <translation>REST-API des Gateways</translation>
    </message>
    <message>
        <source>Checked on the gateway</source>
        <translation>Auf dem Gateway geprüft</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>The steps</source>
        <translation>Die Schritte</translation>
    </message>
    <message>
        <source>Changes sent to SCM</source>
        <translation>An SCM gesendete Änderungen</translation>
    </message>
    <message>
        <source>The journal of the run is missing: the changes cannot be listed.</source>
        <translation>Das Journal des Laufs fehlt: Die Änderungen können nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Created ID</source>
        <translation>Angelegte ID</translation>
    </message>
    <message>
        <source>sent; no answer recorded</source>
        <translation>gesendet; keine Antwort festgehalten</translation>
    </message>
    <message>
        <source>done (HTTP %1)</source>
        <translation>erledigt (HTTP %1)</translation>
    </message>
    <message>
        <source>refused (HTTP %1)</source>
        <translation>abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>None: everything existed already.</source>
        <translation>Keine: Alles existierte bereits.</translation>
    </message>
    <message>
        <source>For the change record. This report holds no password, token or passphrase.</source>
        <translation>Für das Änderungsprotokoll. Dieser Bericht enthält kein Passwort, kein Token und keine Passphrase.</translation>
    </message>
    <message>
        <source>The report %1 must end in .pdf or .html.</source>
        <translation>Der Bericht %1 muss auf .pdf oder .html enden.</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>The “Operator” user of the SEPPmail MPKI interface.</source>
        <translation>Der Benutzer «Operator» der MPKI-Schnittstelle von SEPPmail.</translation>
    </message>
    <message>
        <source>&amp;Login *:</source>
        <translation>&amp;Login *:</translation>
    </message>
    <message>
        <source>Operator login</source>
        <translation>Login des Operators</translation>
    </message>
    <message>
        <source>&amp;E-mail *:</source>
        <translation>E-&amp;Mail *:</translation>
    </message>
    <message>
        <source>Operator e-mail address</source>
        <translation>E-Mail-Adresse des Operators</translation>
    </message>
    <message>
        <source>&amp;First name *:</source>
        <translation>&amp;Vorname *:</translation>
    </message>
    <message>
        <source>Operator first name</source>
        <translation>Vorname des Operators</translation>
    </message>
    <message>
        <source>&amp;Surname *:</source>
        <translation>&amp;Nachname *:</translation>
    </message>
    <message>
        <source>Operator surname</source>
        <translation>Nachname des Operators</translation>
    </message>
    <message>
        <source>Operator role</source>
        <translation>Rolle des Operators</translation>
    </message>
    <message>
        <source>RAO admin of the organisation (S/MIME)</source>
        <translation>RAO-Administrator der Organisation (S/MIME)</translation>
    </message>
    <message>
        <source>DRAO admin of the department (S/MIME)</source>
        <translation>DRAO-Administrator der Abteilung (S/MIME)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>Look for the admin “%1”; create it only when it does not exist, with a generated start password kept in the keychain.</source>
        <translation>Den Administrator «%1» suchen; ihn nur anlegen, wenn er nicht existiert, mit einem erzeugten Startpasswort, das im Schlüsselbund aufbewahrt wird.</translation>
    </message>
    <message>
        <source>A DRAO admin needs a department: go back to the organisation page and name one.</source>
        <translation>Ein DRAO-Administrator braucht eine Abteilung: Gehen Sie zurück zur Seite der Organisation und geben Sie eine an.</translation>
    </message>
    <message>
        <source>Role DRAO on the department “%1”, certificate type Client Certificates.</source>
        <translation>Rolle DRAO für die Abteilung «%1», Zertifikatstyp Client Certificates.</translation>
    </message>
    <message>
        <source>Role RAO on the organisation, certificate type Client Certificates.</source>
        <translation>Rolle RAO für die Organisation, Zertifikatstyp Client Certificates.</translation>
    </message>
    <message>
        <source>“WS API use only” is NOT set yet: the operator must log in once first.</source>
        <translation>«WS API use only» wird noch NICHT gesetzt: Der Operator muss sich zuerst einmal anmelden.</translation>
    </message>
    <message>
        <source>Create the &amp;operator</source>
        <translation>Operator &amp;anlegen</translation>
    </message>
    <message>
        <source>RAO: an administrator of one organisation; DRAO: of one department of it. The gateway&apos;s operator needs only the right to request S/MIME certificates there.</source>
        <translation>RAO: ein Administrator einer Organisation; DRAO: einer ihrer Abteilungen. Der Operator des Gateways braucht dort nur das Recht, S/MIME-Zertifikate anzufordern.</translation>
    </message>
</context>
<context>
    <name>OperatorPasswordRotation</name>
    <message>
        <source>The secret store holds no password of the operator %1 (another machine, or a new keychain). The MRAO admin can set a new one; the gateway&apos;s configured password stops working then.</source>
        <translation>Der Geheimnisspeicher enthält kein Passwort des Operators %1 (anderer Rechner oder neuer Schlüsselbund). Der MRAO-Administrator kann ein neues setzen; das auf dem Gateway konfigurierte Passwort funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>SCM refuses every password the secret store holds for the operator %1 (changed elsewhere, or reset). If it was changed elsewhere, rotate there; otherwise the MRAO admin can set a new one, and the gateway&apos;s configured password stops working then.</source>
        <translation>SCM lehnt jedes Passwort ab, das der Geheimnisspeicher für den Operator %1 enthält (anderswo geändert oder zurückgesetzt). Wurde es anderswo geändert, rotieren Sie es dort; andernfalls kann der MRAO-Administrator ein neues setzen, und das auf dem Gateway konfigurierte Passwort funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>SCM knows no admin %1.</source>
        <translation>SCM kennt keinen Administrator %1.</translation>
    </message>
    <message>
        <source>No random password could be made.</source>
        <translation>Es konnte kein zufälliges Passwort erzeugt werden.</translation>
    </message>
    <message>
        <source>The MRAO admin could not set a new password: %1</source>
        <translation>Der MRAO-Administrator konnte kein neues Passwort setzen: %1</translation>
    </message>
    <message>
        <source>The new password could not be kept, so it was not set: %1</source>
        <translation>Das neue Passwort konnte nicht aufbewahrt werden, daher wurde es nicht gesetzt: %1</translation>
    </message>
    <message>
        <source>SCM did not answer the password change (%1). Run the rotation again: it tries the old and the new password and keeps the one that works.</source>
        <translation>SCM hat die Passwortänderung nicht beantwortet (%1). Führen Sie die Rotation erneut aus: Sie probiert das alte und das neue Passwort und behält das funktionierende.</translation>
    </message>
    <message>
        <source>SCM does not let the operator change the password the admin set over the API: it wants the change in its web interface, which an API-only admin cannot sign in to. The temporary password is kept in the keychain. Make the operator a standard admin in SCM, then run mpki-setup run --only password,api-only: it shows the web address and the passwords.</source>
        <translation>SCM lässt den Operator das vom Administrator über die API gesetzte Passwort nicht ändern: Es verlangt die Änderung in seiner Weboberfläche, an der sich ein API-only-Administrator nicht anmelden kann. Das temporäre Passwort bleibt im Schlüsselbund. Machen Sie den Operator in SCM zu einem Standard-Administrator und führen Sie dann mpki-setup run --only password,api-only aus: Es zeigt die Webadresse und die Passwörter an.</translation>
    </message>
    <message>
        <source>SCM refused the new password: %1</source>
        <translation>SCM hat das neue Passwort abgelehnt: %1</translation>
    </message>
    <message>
        <source>SCM refused the operator&apos;s own password change: %1. The MRAO admin can set a new one; the gateway&apos;s configured password stops working then.</source>
        <translation>SCM hat die eigene Passwortänderung des Operators abgelehnt: %1. Der MRAO-Administrator kann ein neues setzen; das auf dem Gateway konfigurierte Passwort funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>SCM took the new password, but the secret store could not keep it as the current one (%1). It is still kept as the pending one: run the rotation again.</source>
        <translation>SCM hat das neue Passwort übernommen, aber der Geheimnisspeicher konnte es nicht als aktuelles aufbewahren (%1). Es ist weiterhin als ausstehendes aufbewahrt: Führen Sie die Rotation erneut aus.</translation>
    </message>
    <message>
        <source>An earlier rotation had set the operator&apos;s new password; it is now kept as the current one.</source>
        <translation>Eine frühere Rotation hatte das neue Passwort des Operators gesetzt; es ist jetzt als aktuelles aufbewahrt.</translation>
    </message>
    <message>
        <source>The operator %1 has a new password; the old one no longer works.</source>
        <translation>Der Operator %1 hat ein neues Passwort; das alte funktioniert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>OperatorStep</name>
    <message>
        <source>Looking up the operator %1</source>
        <translation>Operator %1 wird gesucht</translation>
    </message>
    <message>
        <source>Reading the operator %1</source>
        <translation>Operator %1 wird gelesen</translation>
    </message>
    <message>
        <source>The admin %1 exists already but is not %2 of the organisation (id %3); it has: %4. Give it that role in SCM, or choose another operator login in the plan.</source>
        <translation>Der Administrator %1 existiert bereits, ist aber nicht %2 der Organisation (ID %3); er hat: %4. Geben Sie ihm diese Rolle in SCM oder wählen Sie im Plan ein anderes Login für den Operator.</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Adding the privileges %1 to the existing operator %2</source>
        <translation>Rechte %1 werden dem bestehenden Operator %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Adding the operator&apos;s privileges</source>
        <translation>Rechte des Operators werden ergänzt</translation>
    </message>
    <message>
        <source>Reading the privileges of %1</source>
        <translation>Rechte von %1 werden gelesen</translation>
    </message>
    <message>
        <source>operator.privileges: SCM does not let this admin give %1 the privileges %2 (possible: %3).</source>
        <translation>operator.privileges: SCM lässt diesen Administrator %1 die Rechte %2 nicht erteilen (möglich: %3).</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: no password could be generated.</source>
        <translation>Die Zufallsquelle des Systems hat versagt: Es konnte kein Passwort erzeugt werden.</translation>
    </message>
    <message>
        <source>Creating the operator %1 (%2) with a temporary password kept in the secret store</source>
        <translation>Operator %1 (%2) wird mit einem temporären Passwort angelegt, das im Geheimnisspeicher aufbewahrt wird</translation>
    </message>
    <message>
        <source>Creating the operator</source>
        <translation>Operator wird angelegt</translation>
    </message>
    <message>
        <source>Reading the operator back</source>
        <translation>Operator wird zurückgelesen</translation>
    </message>
    <message>
        <source>SCM does not show the operator %1 as %2.</source>
        <translation>SCM zeigt den Operator %1 nicht als %2 an.</translation>
    </message>
    <message>
        <source>SCM does not show the privilege %1 on the operator %2.</source>
        <translation>SCM zeigt das Recht %1 beim Operator %2 nicht an.</translation>
    </message>
    <message>
        <source>Created the operator %1 (id %2, %3 on organisation %4).</source>
        <translation>Operator %1 angelegt (ID %2, %3 auf Organisation %4).</translation>
    </message>
    <message>
        <source>Adopted the operator %1 (id %2, %3 on organisation %4).</source>
        <translation>Operator %1 übernommen (ID %2, %3 auf Organisation %4).</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>The organisation that will own the domains and the operator.</source>
        <translation>Die Organisation, der die Domains und der Operator gehören werden.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>&amp;Address *:</source>
        <translation>&amp;Adresse *:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;State or province:</source>
        <translation>&amp;Kanton oder Bundesland:</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Kanton oder Bundesland</translation>
    </message>
    <message>
        <source>Co&amp;untry (two letters) *:</source>
        <translation>&amp;Land (zwei Buchstaben) *:</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>Ab&amp;teilung:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Only when the operator is a DRAO admin</source>
        <translation>Nur wenn der Operator ein DRAO-Administrator ist</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation>Der Name der Organisation ist erforderlich.</translation>
    </message>
    <message>
        <source>The address is required.</source>
        <translation>Die Adresse ist erforderlich.</translation>
    </message>
    <message>
        <source>The country is required (ISO code, e.g. CH).</source>
        <translation>Das Land ist erforderlich (ISO-Code, z. B. CH).</translation>
    </message>
    <message>
        <source>Look for the organisation “%1” in the Certificate Manager; create it only when it does not exist (an existing one is adopted, its details are left as they are).</source>
        <translation>Die Organisation «%1» im Certificate Manager suchen; sie nur anlegen, wenn sie nicht existiert (eine bestehende wird übernommen, ihre Angaben bleiben unverändert).</translation>
    </message>
    <message>
        <source>Switch on REST enrolment for client certificates (the procedure&apos;s “Web API”).</source>
        <translation>REST-Enrollment für Client-Zertifikate einschalten (die «Web API» der Anleitung).</translation>
    </message>
    <message>
        <source>Create or adopt the department “%1” below it.</source>
        <translation>Die Abteilung «%1» darunter anlegen oder übernehmen.</translation>
    </message>
    <message>
        <source>Not possible over the API: the organisation&apos;s “Default profile” and the legacy “Secret Key” — see the values sheet at the end.</source>
        <translation>Über die API nicht möglich: das «Default profile» der Organisation und der veraltete «Secret Key» — siehe das Werteblatt am Ende.</translation>
    </message>
    <message>
        <source>&amp;Create the organisation</source>
        <translation>Organisation anle&amp;gen</translation>
    </message>
    <message>
        <source>Na&amp;me *:</source>
        <translation>Na&amp;me *:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>Re&amp;chtlicher Name:</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
    </message>
    <message>
        <source>As in the trade register; empty: the name above</source>
        <translation>Wie im Handelsregister; leer: der Name oben</translation>
    </message>
    <message>
        <source>Organisation identi&amp;fier *:</source>
        <translation>Orga&amp;nisationskennung *:</translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation>Organisationskennung</translation>
    </message>
    <message>
        <source>e.g. NTRCH-CHE-123.456.789 (register, country, number)</source>
        <translation>z. B. NTRCH-CHE-123.456.789 (Register, Land, Nummer)</translation>
    </message>
    <message>
        <source>Sectigo checks the organisation against this register entry for the OV (organisation-validated) S/MIME certificates: NTR (trade register), VAT, LEI, GOV or INT, the country and the number.</source>
        <translation>Sectigo prüft die Organisation für die OV-S/MIME-Zertifikate (organisationsvalidiert) anhand dieses Registereintrags: NTR (Handelsregister), VAT, LEI, GOV oder INT, das Land und die Nummer.</translation>
    </message>
    <message>
        <source>Enter the city, or the state or province: the Certificate Manager needs one of them.</source>
        <translation>Geben Sie den Ort oder den Kanton bzw. das Bundesland an: Der Certificate Manager braucht eines davon.</translation>
    </message>
    <message>
        <source>Pre&amp;view the changes…</source>
        <translation>&amp;Vorschau der Änderungen…</translation>
    </message>
    <message>
        <source>Reads what exists in the Certificate Manager and lists what the run would create, adopt or update, without changing anything.</source>
        <translation>Liest, was im Certificate Manager existiert, und führt auf, was der Lauf anlegen, übernehmen oder aktualisieren würde, ohne etwas zu ändern.</translation>
    </message>
</context>
<context>
    <name>OrganizationStep</name>
    <message>
        <source>Listing the organisations</source>
        <translation>Organisationen werden aufgelistet</translation>
    </message>
    <message>
        <source>Creating the organisation &apos;%1&apos;</source>
        <translation>Organisation &apos;%1&apos; wird angelegt</translation>
    </message>
    <message>
        <source>Creating the organisation</source>
        <translation>Organisation wird angelegt</translation>
    </message>
    <message>
        <source>Creating the department &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>Abteilung &apos;%1&apos; von &apos;%2&apos; wird angelegt</translation>
    </message>
    <message>
        <source>Creating the department</source>
        <translation>Abteilung wird angelegt</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos;</source>
        <translation>&apos;%1&apos; wird gelesen</translation>
    </message>
    <message>
        <source>Switching on REST/API enrolment of client certificates for &apos;%1&apos; (nothing else is changed)</source>
        <translation>REST/API-Enrollment von Client-Zertifikaten für &apos;%1&apos; wird eingeschaltet (sonst wird nichts geändert)</translation>
    </message>
    <message>
        <source>Enabling the REST API for &apos;%1&apos;</source>
        <translation>REST-API für &apos;%1&apos; wird eingeschaltet</translation>
    </message>
    <message>
        <source>Reading the organisation back</source>
        <translation>Organisation wird zurückgelesen</translation>
    </message>
    <message>
        <source>SCM still shows REST/API enrolment off for &apos;%1&apos;.</source>
        <translation>SCM zeigt das REST/API-Enrollment für &apos;%1&apos; weiterhin ausgeschaltet.</translation>
    </message>
    <message>
        <source>Created the organisation &apos;%1&apos; (id %2).</source>
        <translation>Organisation &apos;%1&apos; angelegt (ID %2).</translation>
    </message>
    <message>
        <source>Adopted the existing organisation &apos;%1&apos; (id %2).</source>
        <translation>Bestehende Organisation &apos;%1&apos; übernommen (ID %2).</translation>
    </message>
    <message>
        <source>Created the department &apos;%1&apos; (id %2).</source>
        <translation>Abteilung &apos;%1&apos; angelegt (ID %2).</translation>
    </message>
    <message>
        <source>Adopted the department &apos;%1&apos; (id %2).</source>
        <translation>Abteilung &apos;%1&apos; übernommen (ID %2).</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&amp;Run the selected step again</source>
        <translation>Ausgewählten Schritt &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>Step overview</source>
        <translation>Schrittübersicht</translation>
    </message>
    <message>
        <source>Where the onboarding stands. Select a step and run it again when something changed: steps look for what exists first, so nothing is created twice.</source>
        <translation>Der Stand der Einrichtung. Wählen Sie einen Schritt und führen Sie ihn erneut aus, wenn sich etwas geändert hat: Die Schritte suchen zuerst nach Bestehendem, daher wird nichts doppelt angelegt.</translation>
    </message>
    <message>
        <source>Run the selected step again</source>
        <translation>Ausgewählten Schritt erneut ausführen</translation>
    </message>
    <message>
        <source>The operator password&apos;s expiry is not known yet (the verification records it).</source>
        <translation>Das Ablaufdatum des Operator-Passworts ist noch nicht bekannt (die Prüfung hält es fest).</translation>
    </message>
    <message>
        <source>The password of the operator “%1” does not expire (%2).</source>
        <translation>Das Passwort des Operators «%1» läuft nicht ab (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The password of the operator “%1” expires on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>Das Passwort des Operators «%1» läuft am %2 ab (in %n Tag).</numerusform>
            <numerusform>Das Passwort des Operators «%1» läuft am %2 ab (in %n Tagen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Change it soon, and enter the new one on the gateway.</source>
        <translation>Ändern Sie es bald und tragen Sie das neue auf dem Gateway ein.</translation>
    </message>
    <message>
        <source>All nine steps are done. The gateway&apos;s values are on the connector page.</source>
        <translation>Alle neun Schritte sind erledigt. Die Werte für das Gateway stehen auf der Connector-Seite.</translation>
    </message>
    <message>
        <source>%1 of 9 steps done.</source>
        <translation>%1 von 9 Schritten erledigt.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Connect first (the connection page) to run a step.</source>
        <translation>Verbinden Sie sich zuerst (Verbindungsseite), um einen Schritt auszuführen.</translation>
    </message>
    <message>
        <source>&amp;Save the onboarding report…</source>
        <translation>Einrichtungs&amp;bericht speichern…</translation>
    </message>
    <message>
        <source>Check the connection&apos;s &amp;health…</source>
        <translation>Zustand der &amp;Verbindung prüfen…</translation>
    </message>
    <message>
        <source>Save the onboarding report</source>
        <translation>Einrichtungsbericht speichern</translation>
    </message>
    <message>
        <source>One document for the change record: what was created or adopted in SCM, what was done by hand and the expiry dates. It holds no password.</source>
        <translation>Ein Dokument für das Änderungsprotokoll: was in SCM angelegt oder übernommen wurde, was von Hand erledigt wurde, und die Ablaufdaten. Es enthält kein Passwort.</translation>
    </message>
    <message>
        <source>Check the connection&apos;s health</source>
        <translation>Zustand der Verbindung prüfen</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF-Datei (*.pdf);;HTML-Datei (*.html)</translation>
    </message>
    <message>
        <source>Is the gateway&apos;s connection to SCM still good, and for how long?</source>
        <translation>Ist die Verbindung des Gateways zu SCM noch in Ordnung, und wie lange noch?</translation>
    </message>
</context>
<context>
    <name>OwnerOnlyFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot restrict the file to its owner (%1)</source>
        <translation>die Datei kann nicht auf ihren Eigentümer beschränkt werden (%1)</translation>
    </message>
    <message>
        <source>the new file is readable by others; not writing into it</source>
        <translation>die neue Datei ist für andere lesbar; es wird nicht hineingeschrieben</translation>
    </message>
    <message>
        <source>the write was abandoned</source>
        <translation>das Schreiben wurde abgebrochen</translation>
    </message>
    <message>
        <source>it is a symbolic link; not writing through it</source>
        <translation>es ist ein symbolischer Link; es wird nicht darüber geschrieben</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Change the password at the Certificate Manager</source>
        <translation>Passwort im Certificate Manager ändern</translation>
    </message>
    <message>
        <source>Certificate Manager login address</source>
        <translation>Anmeldeadresse des Certificate Managers</translation>
    </message>
    <message>
        <source>&amp;Open the login page</source>
        <translation>Anmeldeseite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Operator login</source>
        <translation>Login des Operators</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporäres Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;Play the person&apos;s part</source>
        <translation>Rolle der &amp;Person spielen</translation>
    </message>
    <message>
        <source>The operator&apos;s one-time password change.</source>
        <translation>Die einmalige Passwortänderung des Operators.</translation>
    </message>
    <message>
        <source>Demo only: the simulator&apos;s person logs in and sets the new password.</source>
        <translation>Nur Demo: Die Person des Simulators meldet sich an und setzt das neue Passwort.</translation>
    </message>
    <message>
        <source>Login &amp;address:</source>
        <translation>Anmelde&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporäres Passwort:</translation>
    </message>
    <message>
        <source>N&amp;ew password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>No browser could be started: copy the address into one.</source>
        <translation>Es konnte kein Browser gestartet werden: Kopieren Sie die Adresse in einen Browser.</translation>
    </message>
    <message>
        <source>The simulated person logs in and changes the password…</source>
        <translation>Die simulierte Person meldet sich an und ändert das Passwort…</translation>
    </message>
    <message>
        <source>Done: %1 Waiting for the Certificate Manager to accept the new password.</source>
        <translation>Erledigt: %1 Warten, bis der Certificate Manager das neue Passwort akzeptiert.</translation>
    </message>
    <message>
        <source>Generate a new password for “%1” and keep it in the keychain before it is set.</source>
        <translation>Ein neues Passwort für «%1» erzeugen und im Schlüsselbund ablegen, bevor es gesetzt wird.</translation>
    </message>
    <message>
        <source>Change the temporary password over the API as the operator; if the Certificate Manager refuses, you do it once at its login page with the values shown here.</source>
        <translation>Das temporäre Passwort als Operator über die API ändern; lehnt der Certificate Manager das ab, erledigen Sie es einmal auf seiner Anmeldeseite mit den hier angezeigten Werten.</translation>
    </message>
    <message>
        <source>Check that the new password works.</source>
        <translation>Prüfen, dass das neue Passwort funktioniert.</translation>
    </message>
    <message>
        <source>C&amp;hange the password</source>
        <translation>Passwort än&amp;dern</translation>
    </message>
    <message>
        <source>I have &amp;set the new password</source>
        <translation>Ich habe das neue Passwort ge&amp;setzt</translation>
    </message>
    <message>
        <source>The Certificate Manager does not let the new operator change its start password over the API. Please do it once in the web interface: open the login page, log in as the operator with the temporary password, click the user name at the top right, choose “My Profile”, under “Password” click “Change”, enter the old password once and the new one below twice, and confirm with “Save”. Then log out. Use exactly the new password shown here: the gateway will use it. Then click “I have set the new password”: until then the wizard looks only a few times an hour, because each look before the change is a login the Certificate Manager refuses, and it may lock the operator after several.</source>
        <translation>Der Certificate Manager lässt den neuen Operator sein Startpasswort nicht über die API ändern. Erledigen Sie dies bitte einmal in der Weboberfläche: Öffnen Sie die Anmeldeseite, melden Sie sich als Operator mit dem temporären Passwort an, klicken Sie oben rechts auf den Benutzernamen, wählen Sie «My Profile», klicken Sie unter «Password» auf «Change», geben Sie das alte Passwort einmal und darunter das neue zweimal ein und bestätigen Sie mit «Save». Melden Sie sich danach ab. Verwenden Sie genau das hier angezeigte neue Passwort: Das Gateway wird es verwenden. Klicken Sie dann auf «Ich habe das neue Passwort gesetzt»: Bis dahin schaut der Assistent nur einige Male pro Stunde nach, denn jeder Versuch vor der Änderung ist eine Anmeldung, die der Certificate Manager ablehnt, und nach mehreren solchen kann er den Operator sperren.</translation>
    </message>
    <message>
        <source>Checking whether the new password works…</source>
        <translation>Es wird geprüft, ob das neue Passwort funktioniert…</translation>
    </message>
</context>
<context>
    <name>PasswordStep</name>
    <message>
        <source>Signing in as the operator</source>
        <translation>Anmeldung als Operator</translation>
    </message>
    <message>
        <source>The operator %1 signs in with its own password (kept in the secret store).</source>
        <translation>Der Operator %1 meldet sich mit seinem eigenen Passwort an (im Geheimnisspeicher aufbewahrt).</translation>
    </message>
    <message>
        <source>Changing the operator&apos;s temporary password over the API</source>
        <translation>Temporäres Passwort des Operators wird über die API geändert</translation>
    </message>
    <message>
        <source>Changing the operator&apos;s password</source>
        <translation>Passwort des Operators wird geändert</translation>
    </message>
    <message>
        <source>Signing in with the new password</source>
        <translation>Anmeldung mit dem neuen Passwort</translation>
    </message>
    <message>
        <source>The system&apos;s random source failed: no password could be generated.</source>
        <translation>Die Zufallsquelle des Systems hat versagt: Es konnte kein Passwort erzeugt werden.</translation>
    </message>
    <message>
        <source>None of the operator&apos;s stored passwords works, and only an MRAO admin can set a new one. Ask an MRAO to reset the password of %1, or run this step as an MRAO admin.</source>
        <translation>Keines der gespeicherten Passwörter des Operators funktioniert, und nur ein MRAO-Administrator kann ein neues setzen. Bitten Sie einen MRAO, das Passwort von %1 zurückzusetzen, oder führen Sie diesen Schritt als MRAO-Administrator aus.</translation>
    </message>
    <message>
        <source>None of the operator&apos;s stored passwords works: the MRAO admin sets a new temporary one</source>
        <translation>Keines der gespeicherten Passwörter des Operators funktioniert: Der MRAO-Administrator setzt ein neues temporäres</translation>
    </message>
    <message>
        <source>Resetting the operator&apos;s password</source>
        <translation>Passwort des Operators wird zurückgesetzt</translation>
    </message>
    <message>
        <source>SCM does not accept the operator&apos;s temporary password over the API. Log in at %1 as %2 with the temporary password and set the new password shown to you (it is kept in the secret store, never logged). mpki-setup checks until the new password works, and again at its next start.</source>
        <translation>SCM akzeptiert das temporäre Passwort des Operators nicht über die API. Melden Sie sich unter %1 als %2 mit dem temporären Passwort an und setzen Sie das Ihnen angezeigte neue Passwort (es wird im Geheimnisspeicher aufbewahrt und nie protokolliert). mpki-setup prüft, bis das neue Passwort funktioniert, und erneut beim nächsten Start.</translation>
    </message>
    <message>
        <source>The secret store holds no working password of the operator %1 (another machine, or a new keychain?). Resetting it through the MRAO admin makes the gateway&apos;s configured password stop working. To set a new one anyway, run again with --reset-operator-password (in the wizard: confirm the reset), then give the gateway the new connector values.</source>
        <translation>Der Geheimnisspeicher enthält kein funktionierendes Passwort des Operators %1 (anderer Rechner oder neuer Schlüsselbund?). Ein Zurücksetzen über den MRAO-Administrator bewirkt, dass das auf dem Gateway konfigurierte Passwort nicht mehr funktioniert. Um trotzdem ein neues zu setzen, führen Sie das Programm mit --reset-operator-password erneut aus (im Assistenten: das Zurücksetzen bestätigen) und geben Sie dem Gateway danach die neuen Connector-Werte.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>an object ({...})</source>
        <translation>ein Objekt ({...})</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>ein Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list of texts ([&quot;...&quot;, ...])</source>
        <translation>eine Liste von Texten ([&quot;...&quot;, ...])</translation>
    </message>
    <message>
        <source>The plan&apos;s &quot;%1&quot; must be %2.</source>
        <translation>&quot;%1&quot; im Plan muss %2 sein.</translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2.</source>
        <translation>Der Plan %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>(plan)</source>
        <translation>(Plan)</translation>
    </message>
    <message>
        <source>The plan %1 is not valid JSON: %2 at line %3, column %4 (offset %5).</source>
        <translation>Der Plan %1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4 (Offset %5).</translation>
    </message>
    <message>
        <source>The plan %1 must be a JSON object ({...}).</source>
        <translation>Der Plan %1 muss ein JSON-Objekt ({...}) sein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The plan holds a secret (&quot;%1&quot;): a plan never does. Remove it and give the secret through the keychain, an environment variable (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, MPKI_GATEWAY_SECRET) or a --*-file option.</source>
        <translation>Der Plan enthält ein Geheimnis (&quot;%1&quot;): Ein Plan darf das nie. Entfernen Sie es und geben Sie das Geheimnis über den Schlüsselbund, eine Umgebungsvariable (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, MPKI_GATEWAY_SECRET) oder eine Option --*-file an.</translation>
    </message>
    <message>
        <source>a list ([...])</source>
        <translation>eine Liste ([...])</translation>
    </message>
    <message>
        <source>an object ({&quot;name&quot;: ..., &quot;dcv&quot;: ...}) or a domain name</source>
        <translation>ein Objekt ({&quot;name&quot;: ..., &quot;dcv&quot;: ...}) oder ein Domainname</translation>
    </message>
    <message>
        <source>The plan has the key &quot;%1&quot; (at %2), which mpki-setup does not know: it is ignored.</source>
        <translation>Der Plan hat den Schlüssel &quot;%1&quot; (bei %2), den mpki-setup nicht kennt: Er wird ignoriert.</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The plan may hold a secret in %1: %2. A plan never does: write only the address there (like https://cert-manager.com) and give passwords and tokens through the keychain, an environment variable (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, MPKI_GATEWAY_SECRET) or a --*-file option.</source>
        <translation>Der Plan enthält in %1 möglicherweise ein Geheimnis: %2. Ein Plan darf das nie: Tragen Sie dort nur die Adresse ein (etwa https://cert-manager.com) und geben Sie Passwörter und Tokens über den Schlüsselbund, eine Umgebungsvariable (MPKI_SCM_PASSWORD, MPKI_GATEWAY_TOKEN, MPKI_GATEWAY_SECRET) oder eine Option --*-file an.</translation>
    </message>
    <message>
        <source>The plan %1 is larger than %2 KiB; a plan file is a page of JSON.</source>
        <translation>Der Plan %1 ist größer als %2 KiB; eine Plandatei umfasst etwa eine Seite JSON.</translation>
    </message>
    <message>
        <source>The plan %1 is empty: it must be a JSON object ({...}) like resources/examples/demo-plan.json.</source>
        <translation>Der Plan %1 ist leer: Er muss ein JSON-Objekt ({...}) sein, wie resources/examples/demo-plan.json.</translation>
    </message>
    <message>
        <source>The plan %1 is nested too deeply (more than 1024 levels of [ and {); a plan has a few levels only.</source>
        <translation>Der Plan %1 ist zu tief verschachtelt (mehr als 1024 Ebenen aus [ und {); ein Plan hat nur wenige Ebenen.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Listing the organisations</source>
        <translation>Organisationen werden aufgelistet</translation>
    </message>
    <message>
        <source>Reading the admin&apos;s password state</source>
        <translation>Passwortstatus des Administrators wird gelesen</translation>
    </message>
    <message>
        <source>The password of the admin %1 has expired: change it in SCM first.</source>
        <translation>Das Passwort des Administrators %1 ist abgelaufen: Ändern Sie es zuerst in SCM.</translation>
    </message>
    <message>
        <source>The password of the admin %1 expires on %2: change it in SCM before the run.</source>
        <translation>Das Passwort des Administrators %1 läuft am %2 ab: Ändern Sie es vor dem Lauf in SCM.</translation>
    </message>
    <message>
        <source>Looking up the admin %1</source>
        <translation>Administrator %1 wird gesucht</translation>
    </message>
    <message>
        <source>not listed (an admin sees only the admins it manages)</source>
        <translation>nicht aufgeführt (ein Administrator sieht nur die Administratoren, die er verwaltet)</translation>
    </message>
    <message>
        <source>Reading the admin %1</source>
        <translation>Administrator %1 wird gelesen</translation>
    </message>
    <message>
        <source>roles %1; privileges %2</source>
        <translation>Rollen %1; Rechte %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>with REST/API enrolment of client certificates</source>
        <translation>mit REST/API-Enrollment von Client-Zertifikaten</translation>
    </message>
    <message>
        <source>offered profiles can be read once the organisation exists</source>
        <translation>angebotene Profile können gelesen werden, sobald die Organisation existiert</translation>
    </message>
    <message>
        <source>Sectigo vets the organisation &apos;%1&apos; by hand (%2 validation): hours to days.</source>
        <translation>Sectigo prüft die Organisation &apos;%1&apos; von Hand (%2-Validierung): Stunden bis Tage.</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos;</source>
        <translation>&apos;%1&apos; wird gelesen</translation>
    </message>
    <message>
        <source>exists (id %1)</source>
        <translation>existiert (ID %1)</translation>
    </message>
    <message>
        <source>switch on REST/API enrolment of client certificates</source>
        <translation>REST/API-Enrollment von Client-Zertifikaten einschalten</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s validations</source>
        <translation>Validierungen der Organisation werden gelesen</translation>
    </message>
    <message>
        <source>Sectigo vets the organisation by hand (%1 validation): hours to days.</source>
        <translation>Sectigo prüft die Organisation von Hand (%1-Validierung): Stunden bis Tage.</translation>
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
        <translation>Sectigo hat die %1-Validierung der Organisation abgelehnt: %2</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>ask Sectigo to validate again</source>
        <translation>Sectigo um erneute Validierung bitten</translation>
    </message>
    <message>
        <source>Sectigo vets the organisation again (%1 validation).</source>
        <translation>Sectigo prüft die Organisation erneut (%1-Validierung).</translation>
    </message>
    <message>
        <source>%1 (id %2): waiting for Sectigo</source>
        <translation>%1 (ID %2): wartet auf Sectigo</translation>
    </message>
    <message>
        <source>Sectigo is vetting the organisation (%1 validation).</source>
        <translation>Sectigo prüft die Organisation (%1-Validierung).</translation>
    </message>
    <message>
        <source>Reading the S/MIME profiles</source>
        <translation>S/MIME-Profile werden gelesen</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>SCM does not offer the S/MIME profile &apos;%1&apos; to the organisation (offered: %2).</source>
        <translation>SCM bietet der Organisation das S/MIME-Profil &apos;%1&apos; nicht an (angeboten: %2).</translation>
    </message>
    <message>
        <source>offered, but not for %1 days</source>
        <translation>angeboten, aber nicht für %1 Tage</translation>
    </message>
    <message>
        <source>The S/MIME profile &apos;%1&apos; is not offered for %2 days (terms: %3).</source>
        <translation>Das S/MIME-Profil &apos;%1&apos; wird nicht für %2 Tage angeboten (Laufzeiten: %3).</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>Looking up the domain %1</source>
        <translation>Domain %1 wird gesucht</translation>
    </message>
    <message>
        <source>Publish the DNS %1 record that the run shows for %2 (domain control validation).</source>
        <translation>Veröffentlichen Sie den DNS-%1-Eintrag, den der Lauf für %2 anzeigt (Domain-Validierung).</translation>
    </message>
    <message>
        <source>Answer Sectigo&apos;s validation e-mail for %1.</source>
        <translation>Beantworten Sie die Validierungs-E-Mail von Sectigo für %1.</translation>
    </message>
    <message>
        <source>Publish the validation file that the run shows on the web server of %1.</source>
        <translation>Veröffentlichen Sie die Validierungsdatei, die der Lauf anzeigt, auf dem Webserver von %1.</translation>
    </message>
    <message>
        <source>S/MIME</source>
        <translation>S/MIME</translation>
    </message>
    <message>
        <source>Reading the domain %1</source>
        <translation>Domain %1 wird gelesen</translation>
    </message>
    <message>
        <source>add S/MIME</source>
        <translation>S/MIME hinzufügen</translation>
    </message>
    <message>
        <source>approve (%1)</source>
        <translation>genehmigen (%1)</translation>
    </message>
    <message>
        <source>S/MIME, ACTIVE</source>
        <translation>S/MIME, ACTIVE</translation>
    </message>
    <message>
        <source>The domain %1 is delegated for S/MIME to another organisation (id %2).</source>
        <translation>Die Domain %1 ist für S/MIME an eine andere Organisation delegiert (ID %2).</translation>
    </message>
    <message>
        <source>VALIDATED</source>
        <translation>VALIDATED</translation>
    </message>
    <message>
        <source>Looking up the operator %1</source>
        <translation>Operator %1 wird gesucht</translation>
    </message>
    <message>
        <source>a temporary password, then a new one</source>
        <translation>ein temporäres Passwort, dann ein neues</translation>
    </message>
    <message>
        <source>If SCM does not let a temporary password be changed over the API, log in once as %1 at SCM&apos;s web page and set the password the run shows.</source>
        <translation>Falls SCM nicht zulässt, ein temporäres Passwort über die API zu ändern, melden Sie sich einmal als %1 auf der Webseite von SCM an und setzen Sie das Passwort, das der Lauf anzeigt.</translation>
    </message>
    <message>
        <source>Reading the operator %1</source>
        <translation>Operator %1 wird gelesen</translation>
    </message>
    <message>
        <source>The admin %1 exists already but is not %2 of the organisation; it has: %3.</source>
        <translation>Der Administrator %1 existiert bereits, ist aber nicht %2 der Organisation; er hat: %3.</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>exists (id %1, type %2)</source>
        <translation>existiert (ID %1, Typ %2)</translation>
    </message>
    <message>
        <source>add the privileges %1</source>
        <translation>die Rechte %1 hinzufügen</translation>
    </message>
    <message>
        <source>make API-only</source>
        <translation>auf API-only setzen</translation>
    </message>
    <message>
        <source>Submitting the organisation&apos;s validation needs the CA backend&apos;s id, which only an MRAO admin can read.</source>
        <translation>Zum Einreichen der Validierung der Organisation braucht es die ID des CA-Backends, die nur ein MRAO-Administrator lesen kann.</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Reading what exists in the Certificate Manager (nothing is changed)…</source>
        <translation>Es wird gelesen, was im Certificate Manager existiert (es wird nichts geändert)…</translation>
    </message>
    <message>
        <source>Preview of the changes</source>
        <translation>Vorschau der Änderungen</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>What a person will have to do:</source>
        <translation>Was eine Person tun muss:</translation>
    </message>
    <message>
        <source>What stops the run:</source>
        <translation>Was den Lauf stoppen würde:</translation>
    </message>
    <message>
        <source>The survey did not finish: %1</source>
        <translation>Die Bestandsaufnahme wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Nothing has been changed. The run would go through.</source>
        <translation>Es wurde nichts geändert. Der Lauf würde ohne Hindernis durchlaufen.</translation>
    </message>
    <message>
        <source>Nothing has been changed. The run would stop: see below.</source>
        <translation>Es wurde nichts geändert. Der Lauf würde anhalten: siehe unten.</translation>
    </message>
</context>
<context>
    <name>PlanPreviewReport</name>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>adopt</source>
        <translation>übernehmen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>update (%1)</source>
        <translation>aktualisieren (%1)</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>Plan of changes (nothing has been changed):</source>
        <translation>Plan der Änderungen (es wurde nichts geändert):</translation>
    </message>
    <message>
        <source>What a person will have to do:</source>
        <translation>Was eine Person tun muss:</translation>
    </message>
    <message>
        <source>What stops the run:</source>
        <translation>Was den Lauf stoppen würde:</translation>
    </message>
    <message>
        <source>The survey did not finish: %1</source>
        <translation>Die Bestandsaufnahme wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>The run would go through.</source>
        <translation>Der Lauf würde ohne Hindernis durchlaufen.</translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <source>The organisation&apos;s city (organization.city) and its state or province (organization.stateProvince) are both empty; SCM needs at least one of them.</source>
        <translation>Ort (organization.city) und Kanton oder Bundesland (organization.stateProvince) der Organisation sind beide leer; SCM braucht mindestens eines davon.</translation>
    </message>
    <message>
        <source>The department (organization.department) must be given when the operator&apos;s role (operator.role) is DRAO_SMIME: a DRAO administers a department.</source>
        <translation>Die Abteilung (organization.department) muss angegeben sein, wenn die Rolle des Operators (operator.role) DRAO_SMIME ist: Ein DRAO verwaltet eine Abteilung.</translation>
    </message>
    <message>
        <source>The department (organization.department) &quot;%1&quot; is only used for an operator with the role DRAO_SMIME, but operator.role is RAO_SMIME: remove the department or change the role.</source>
        <translation>Die Abteilung (organization.department) &quot;%1&quot; wird nur für einen Operator mit der Rolle DRAO_SMIME verwendet, aber operator.role ist RAO_SMIME: Entfernen Sie die Abteilung oder ändern Sie die Rolle.</translation>
    </message>
    <message>
        <source>The domain (%1.name) &quot;%2&quot; is listed twice: also as domains[%3].name.</source>
        <translation>Die Domain (%1.name) &quot;%2&quot; ist doppelt aufgeführt: auch als domains[%3].name.</translation>
    </message>
    <message>
        <source>The operator&apos;s login (operator.login) is the admin&apos;s own (scm.login): the operator must be a separate account, because it becomes API-only.</source>
        <translation>Das Login des Operators (operator.login) ist das des Administrators (scm.login): Der Operator muss ein eigenes Konto sein, weil er auf API-only gesetzt wird.</translation>
    </message>
    <message>
        <source>The managed domains&apos; forwarding port (gateway.api.forwardingPort) is set without a forwarding host (gateway.api.forwardingHost): give both or neither.</source>
        <translation>Der Weiterleitungsport der verwalteten Domains (gateway.api.forwardingPort) ist ohne Weiterleitungshost (gateway.api.forwardingHost) gesetzt: Geben Sie beide oder keinen an.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; SCM allows at most %3.</source>
        <translation>%1 ist %2 Zeichen lang; SCM erlaubt höchstens %3.</translation>
    </message>
    <message>
        <source>%1 must not be empty: use one of %2.</source>
        <translation>%1 darf nicht leer sein: Verwenden Sie einen dieser Werte: %2.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; use one of %3.</source>
        <translation>%1 ist &quot;%2&quot;; verwenden Sie einen dieser Werte: %3.</translation>
    </message>
    <message>
        <source>%1 must not be empty: give the address, e.g. %2.</source>
        <translation>%1 darf nicht leer sein: Geben Sie die Adresse an, z. B. %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a web address; write it like %3.</source>
        <translation>%1 &quot;%2&quot; ist keine Webadresse; schreiben Sie sie wie %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must start with https:// (plain http only for 127.0.0.1 or localhost).</source>
        <translation>%1 &quot;%2&quot; muss mit https:// beginnen (einfaches http nur für 127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which SCM does not allow in a login: use letters, digits and ! @ _ . - + &apos;.</source>
        <translation>%1 enthält &quot;%2&quot;, was SCM in einem Login nicht erlaubt: Verwenden Sie Buchstaben, Ziffern und ! @ _ . - + &apos;.</translation>
    </message>
    <message>
        <source>%1 must be 3 to 128 characters long; it has %2.</source>
        <translation>%1 muss 3 bis 128 Zeichen lang sein; es sind %2.</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which SCM does not allow in a name (none of %3).</source>
        <translation>%1 enthält &quot;%2&quot;, was SCM in einem Namen nicht erlaubt (keines von %3).</translation>
    </message>
    <message>
        <source>%1 must not contain wsApiUseOnly: the operator becomes API-only in the api-only step, after its password was changed (an API-only admin cannot log in to change it).</source>
        <translation>%1 darf wsApiUseOnly nicht enthalten: Der Operator wird erst im Schritt api-only auf API-only gesetzt, nachdem sein Passwort geändert wurde (ein API-only-Administrator kann sich nicht anmelden, um es zu ändern).</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which is not a privilege SCM knows (e.g. clientCertRequest, clientCertRevoke, clientCertManage).</source>
        <translation>%1 enthält &quot;%2&quot;, was kein Recht ist, das SCM kennt (z. B. clientCertRequest, clientCertRevoke, clientCertManage).</translation>
    </message>
    <message>
        <source>%1 must include clientCertRequest: the gateway requests S/MIME certificates with it.</source>
        <translation>%1 muss clientCertRequest enthalten: Damit beantragt das Gateway S/MIME-Zertifikate.</translation>
    </message>
    <message>
        <source>%1 must not be empty; the default is (?&lt;GN&gt;.+) (?&lt;SN&gt;.+).</source>
        <translation>%1 darf nicht leer sein; der Standardwert ist (?&lt;GN&gt;.+) (?&lt;SN&gt;.+).</translation>
    </message>
    <message>
        <source>%1 is not a valid regular expression: %2 at position %3.</source>
        <translation>%1 ist kein gültiger regulärer Ausdruck: %2 an Position %3.</translation>
    </message>
    <message>
        <source>%1 must have the named groups (?&lt;GN&gt;...) for the given name and (?&lt;SN&gt;...) for the surname.</source>
        <translation>%1 muss die benannten Gruppen (?&lt;GN&gt;...) für den Vornamen und (?&lt;SN&gt;...) für den Nachnamen enthalten.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is neither a host name nor an IP address.</source>
        <translation>%1 &quot;%2&quot; ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>%1 must be at least 30 days (&quot;%2&quot;).</source>
        <translation>%1 muss mindestens 30 Tage betragen (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1 must be a port number from 1 to 65535.</source>
        <translation>%1 muss eine Portnummer von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>%1 must not be empty: it is the part after /customer/ in your Certificate Manager&apos;s address.</source>
        <translation>%1 darf nicht leer sein: Es ist der Teil nach /customer/ in der Adresse Ihres Certificate Managers.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be only the part after /customer/, without / or spaces.</source>
        <translation>%1 &quot;%2&quot; darf nur der Teil nach /customer/ sein, ohne / oder Leerzeichen.</translation>
    </message>
    <message>
        <source>%1 must not be empty: give its ISO 3166 two-letter code, e.g. CH.</source>
        <translation>%1 darf nicht leer sein: Geben Sie den zweistelligen Code nach ISO 3166 an, z. B. CH.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 3166 two-letter country code in capitals, e.g. CH, DE, AT.</source>
        <translation>%1 &quot;%2&quot; ist kein zweistelliger Ländercode nach ISO 3166 in Großbuchstaben, z. B. CH, DE, AT.</translation>
    </message>
    <message>
        <source>%1 is empty: add the e-mail domains the gateway signs and encrypts for.</source>
        <translation>%1 ist leer: Fügen Sie die E-Mail-Domains hinzu, für die das Gateway signiert und verschlüsselt.</translation>
    </message>
    <message>
        <source>%1 must be a number of days greater than 0, e.g. 365.</source>
        <translation>%1 muss eine Anzahl Tage größer als 0 sein, z. B. 365.</translation>
    </message>
    <message>
        <source>%1 must not be empty; the gateway&apos;s default customer is [default].</source>
        <translation>%1 darf nicht leer sein; der Standardkunde des Gateways ist [default].</translation>
    </message>
    <message>
        <source>The SCM address</source>
        <translation>Die Adresse von SCM</translation>
    </message>
    <message>
        <source>The customer URI</source>
        <translation>Die Customer URI</translation>
    </message>
    <message>
        <source>The admin&apos;s login</source>
        <translation>Das Login des Administrators</translation>
    </message>
    <message>
        <source>The SCM dialect</source>
        <translation>Der SCM-Dialekt</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Der Name der Organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s address</source>
        <translation>Die Adresse der Organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s city</source>
        <translation>Der Ort der Organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s state or province</source>
        <translation>Der Kanton oder das Bundesland der Organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s postal code</source>
        <translation>Die Postleitzahl der Organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s country</source>
        <translation>Das Land der Organisation</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>Die Abteilung</translation>
    </message>
    <message>
        <source>The validation level</source>
        <translation>Die Validierungsstufe</translation>
    </message>
    <message>
        <source>The organisation&apos;s legal name</source>
        <translation>Der rechtliche Name der Organisation</translation>
    </message>
    <message>
        <source>The organisation identifier</source>
        <translation>Die Kennung der Organisation</translation>
    </message>
    <message>
        <source>The list of domains</source>
        <translation>Die Liste der Domains</translation>
    </message>
    <message>
        <source>The domain</source>
        <translation>Die Domain</translation>
    </message>
    <message>
        <source>The domain&apos;s validation method</source>
        <translation>Die Validierungsmethode der Domain</translation>
    </message>
    <message>
        <source>The operator&apos;s login</source>
        <translation>Das Login des Operators</translation>
    </message>
    <message>
        <source>The operator&apos;s e-mail address</source>
        <translation>Die E-Mail-Adresse des Operators</translation>
    </message>
    <message>
        <source>The operator&apos;s forename</source>
        <translation>Der Vorname des Operators</translation>
    </message>
    <message>
        <source>The operator&apos;s surname</source>
        <translation>Der Nachname des Operators</translation>
    </message>
    <message>
        <source>The operator&apos;s role</source>
        <translation>Die Rolle des Operators</translation>
    </message>
    <message>
        <source>The operator&apos;s privileges</source>
        <translation>Die Liste der Rechte des Operators</translation>
    </message>
    <message>
        <source>The S/MIME certificate profile</source>
        <translation>Das S/MIME-Zertifikatsprofil</translation>
    </message>
    <message>
        <source>The certificate term</source>
        <translation>Die Laufzeit des Zertifikats</translation>
    </message>
    <message>
        <source>The renewal period</source>
        <translation>Der Erneuerungszeitraum</translation>
    </message>
    <message>
        <source>The full-name pattern</source>
        <translation>Das Muster für den vollständigen Namen</translation>
    </message>
    <message>
        <source>The gateway&apos;s API address</source>
        <translation>Die API-Adresse des Gateways</translation>
    </message>
    <message>
        <source>The gateway&apos;s customer</source>
        <translation>Der Kunde des Gateways</translation>
    </message>
    <message>
        <source>Whether to create missing managed domains</source>
        <translation>Die Angabe, ob fehlende verwaltete Domains angelegt werden</translation>
    </message>
    <message>
        <source>The managed domains&apos; forwarding host</source>
        <translation>Der Weiterleitungshost der verwalteten Domains</translation>
    </message>
    <message>
        <source>The managed domains&apos; forwarding port</source>
        <translation>Der Weiterleitungsport der verwalteten Domains</translation>
    </message>
    <message>
        <source>The domain&apos;s validation e-mail address</source>
        <translation>Die Validierungs-E-Mail-Adresse der Domain</translation>
    </message>
    <message>
        <source>The domain %1 is validated by e-mail (%2.dcv is EMAIL) but %2.dcvEmail names no address: name the address Sectigo&apos;s validation mail goes to, one of those SCM offers (such as webmaster@%1).</source>
        <translation>Die Domain %1 wird per E-Mail validiert (%2.dcv ist EMAIL), aber %2.dcvEmail nennt keine Adresse: Nennen Sie die Adresse, an die die Validierungs-E-Mail von Sectigo geht, und zwar eine der von SCM angebotenen (etwa webmaster@%1).</translation>
    </message>
    <message>
        <source>%1 must be only the address, like %2, but %3. A plan never holds a secret: give passwords and tokens through the keychain, an environment variable or a --*-file option.</source>
        <translation>%1 darf nur die Adresse enthalten, etwa %2, aber %3. Ein Plan enthält nie ein Geheimnis: Geben Sie Passwörter und Tokens über den Schlüsselbund, eine Umgebungsvariable oder eine Option --*-file an.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid domain name: %3</source>
        <translation>%1 &quot;%2&quot; ist keine gültige Domain: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid e-mail address: its domain %3</source>
        <translation>%1 &quot;%2&quot; ist keine gültige E-Mail-Adresse, denn ihre Domain ist ungültig: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid e-mail address (like pki@example.ch).</source>
        <translation>%1 &quot;%2&quot; ist keine gültige E-Mail-Adresse (Beispiel: pki@example.ch).</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(nicht angezeigt)</translation>
    </message>
    <message>
        <source>%1 contains an invisible direction control (%2) at position %3 (&quot;%4&quot;): it makes text read differently from what it is, and it would end up in certificates. Remove it.</source>
        <translation>%1 enthält an Position %3 ein unsichtbares Richtungssteuerzeichen (%2) (&quot;%4&quot;): Es lässt Text anders erscheinen, als er ist, und würde in Zertifikate gelangen. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2) at position %3 (&quot;%4&quot;); names go into certificates as they are written. Remove it.</source>
        <translation>%1 enthält an Position %3 ein Steuerzeichen (%2) (&quot;%4&quot;); Namen gelangen so in Zertifikate, wie sie geschrieben sind. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Lateinisch</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Kyrillisch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Armenisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Georgisch</translation>
    </message>
    <message>
        <source>Cherokee</source>
        <translation>Cherokee</translation>
    </message>
    <message>
        <source>Han</source>
        <translation>Han</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>Hiragana</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>Katakana</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>Hangul</translation>
    </message>
    <message>
        <source>script %1</source>
        <translation>Schrift %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>sie ist leer.</translation>
    </message>
    <message>
        <source>it has spaces around it.</source>
        <translation>sie hat Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>it is a wildcard; name the domain itself (no wildcard), e.g. example.ch.</source>
        <translation>sie ist eine Wildcard; nennen Sie die Domain selbst (ohne Wildcard), z. B. example.ch.</translation>
    </message>
    <message>
        <source>it has a single label; write the whole domain, like example.ch.</source>
        <translation>sie hat nur ein Label; schreiben Sie die ganze Domain, etwa example.ch.</translation>
    </message>
    <message>
        <source>it has an empty label (two dots in a row, or a dot at the start or the end).</source>
        <translation>sie hat ein leeres Label (zwei Punkte hintereinander oder ein Punkt am Anfang oder Ende).</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot; (%2), which is not a letter, a digit or a hyphen; a domain name holds only those, in labels of up to 63 characters.</source>
        <translation>sie enthält &quot;%1&quot; (%2), was weder Buchstabe noch Ziffer noch Bindestrich ist; ein Domainname enthält nur diese, in Labels von bis zu 63 Zeichen.</translation>
    </message>
    <message>
        <source>its label &quot;%1&quot; starts or ends with a hyphen.</source>
        <translation>ihr Label &quot;%1&quot; beginnt oder endet mit einem Bindestrich.</translation>
    </message>
    <message>
        <source>its label &quot;%1&quot; is %2 characters long in its ASCII form; a label has at most 63 characters.</source>
        <translation>ihr Label &quot;%1&quot; ist in seiner ASCII-Form %2 Zeichen lang; ein Label hat höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>its label &quot;%1&quot; is not valid punycode.</source>
        <translation>ihr Label &quot;%1&quot; ist kein gültiger punycode.</translation>
    </message>
    <message>
        <source>its label &quot;%1&quot; stands for &quot;%2&quot;, which holds %3, not a letter or a digit.</source>
        <translation>ihr Label &quot;%1&quot; steht für &quot;%2&quot;, das %3 enthält, also weder Buchstabe noch Ziffer.</translation>
    </message>
    <message>
        <source>it is &quot;%1&quot; in Unicode and %2 in its ASCII (punycode) form, and its label &quot;%3&quot; mixes %4 letters. Look-alike (homograph) domains are made that way, e.g. with a Cyrillic letter that looks like a Latin one: write each label in one script.</source>
        <translation>sie lautet &quot;%1&quot; in Unicode und %2 in ihrer ASCII-Form (punycode), und ihr Label &quot;%3&quot; mischt Buchstaben der Schriften %4. So entstehen Doppelgänger-Domains (Homographen), z. B. mit einem kyrillischen Buchstaben, der wie ein lateinischer aussieht: Schreiben Sie jedes Label in einer einzigen Schrift.</translation>
    </message>
    <message>
        <source>it cannot be converted to its ASCII form (IDNA).</source>
        <translation>sie lässt sich nicht in ihre ASCII-Form umwandeln (IDNA).</translation>
    </message>
    <message>
        <source>it is %1 characters long in its ASCII form; a domain name has at most 253.</source>
        <translation>sie ist in ihrer ASCII-Form %1 Zeichen lang; ein Domainname hat höchstens 253.</translation>
    </message>
    <message>
        <source>its ASCII form %1 is not made of letters, digits and hyphens.</source>
        <translation>ihre ASCII-Form %1 besteht nicht nur aus Buchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <source>it is too short to be a registered domain.</source>
        <translation>sie ist zu kurz, um eine registrierte Domain zu sein.</translation>
    </message>
    <message>
        <source>it ends in a number; write a domain name, not an IP address.</source>
        <translation>sie endet auf eine Zahl; schreiben Sie einen Domainnamen, keine IP-Adresse.</translation>
    </message>
    <message>
        <source>it holds a user name or password (before &quot;@&quot;)</source>
        <translation>sie enthält einen Benutzernamen oder ein Passwort (vor &quot;@&quot;)</translation>
    </message>
    <message>
        <source>it has a query (&quot;?...&quot;), where keys and tokens are often passed</source>
        <translation>sie hat einen Query-Teil (&quot;?...&quot;), in dem oft Schlüssel und Tokens übergeben werden</translation>
    </message>
    <message>
        <source>it has a fragment (&quot;#...&quot;)</source>
        <translation>sie hat ein Fragment (&quot;#...&quot;)</translation>
    </message>
</context>
<context>
    <name>PreviewCommand</name>
    <message>
        <source>Shows what `run` would do with the plan, changing nothing: signs in as the plan&apos;s admin, reads the organisation, its validation, the domains, the operator and the S/MIME profiles, and lists for each object create, adopt, update or nothing to do, what a person will have to do, and what would stop the run. Exit codes: 0 the run would go through, 2 the plan is wrong, 4 SCM refuses something the run needs, 5 network/TLS failure, 1 anything else.</source>
        <translation>Zeigt, was `run` mit dem Plan tun würde, ohne etwas zu ändern: meldet sich als Administrator des Plans an, liest die Organisation, ihre Validierung, die Domains, den Operator und die S/MIME-Profile und führt für jedes Objekt auf: anlegen, übernehmen, aktualisieren oder nichts zu tun; dazu, was eine Person tun muss und was den Lauf stoppen würde. Exit-Codes: 0 der Lauf würde ohne Hindernis durchlaufen, 2 der Plan ist fehlerhaft, 4 SCM verweigert etwas, das der Lauf braucht, 5 Netzwerk-/TLS-Fehler, 1 alles andere.</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Die Plandatei (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>One JSON object: {&quot;actions&quot;: [{kind, name, action}], &quot;tasks&quot;, &quot;blockers&quot;}.</source>
        <translation>Ein JSON-Objekt: {&quot;actions&quot;: [{kind, name, action}], &quot;tasks&quot;, &quot;blockers&quot;}.</translation>
    </message>
    <message>
        <source>The admin&apos;s password (first line of the file).</source>
        <translation>Das Passwort des Administrators (erste Zeile der Datei).</translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM or DER).</source>
        <translation>Zusätzlich diesem CA-Zertifikat vertrauen (PEM oder DER).</translation>
    </message>
    <message>
        <source>--plan FILE is required.</source>
        <translation>--plan DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>The plan is not valid:
%1</source>
        <translation>Der Plan ist nicht gültig:
%1</translation>
    </message>
    <message>
        <source>SCM did not answer within %1 seconds.</source>
        <translation>SCM hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>mpki-setup preview: warning: %1
</source>
        <translation>mpki-setup preview: Warnung: %1
</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Makes the read-only calls that preview, run and health depend on, as the plan&apos;s admin, checks each answer against Sectigo&apos;s published schema and against what mpki-setup reads, and writes a redacted transcript (names, logins, e-mail addresses, passwords replaced by their type and length) that `mpki-setup simulate --replay` can answer from. Nothing in SCM is changed.
Exit codes: 0 the calls were made (mismatches are reported, not an error), 2 bad input, 4 SCM refused the sign-in, 1 the file could not be written.</source>
        <translation>Führt als Administrator des Plans die lesenden Aufrufe aus, auf die preview, run und health angewiesen sind, prüft jede Antwort gegen das von Sectigo veröffentlichte Schema und gegen das, was mpki-setup liest, und schreibt einen geschwärzten Mitschnitt (Namen, Logins, E-Mail-Adressen und Passwörter durch ihren Typ und ihre Länge ersetzt), aus dem `mpki-setup simulate --replay` antworten kann. In SCM wird nichts geändert.
Exit-Codes: 0 die Aufrufe wurden ausgeführt (Abweichungen werden gemeldet, sind aber kein Fehler), 2 ungültige Eingabe, 4 SCM hat die Anmeldung abgelehnt, 1 die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Die Plandatei (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Where to write the transcript (JSON).</source>
        <translation>Wohin der Mitschnitt geschrieben wird (JSON).</translation>
    </message>
    <message>
        <source>Keep the plan&apos;s own names (organisation, department, domains, operator login) so that a replay can answer lookups by name. Passwords and e-mail addresses are always redacted.</source>
        <translation>Die eigenen Namen des Plans (Organisation, Abteilung, Domains, Login des Operators) beibehalten, damit eine Wiedergabe Suchen nach Namen beantworten kann. Passwörter und E-Mail-Adressen werden immer geschwärzt.</translation>
    </message>
    <message>
        <source>The admin&apos;s password (first line of the file).</source>
        <translation>Das Passwort des Administrators (erste Zeile der Datei).</translation>
    </message>
    <message>
        <source>mpki-setup probe: --plan FILE and --out FILE are required.</source>
        <translation>mpki-setup probe: --plan DATEI und --out DATEI sind erforderlich.</translation>
    </message>
    <message>
        <source>mpki-setup probe: %1</source>
        <translation>mpki-setup probe: %1</translation>
    </message>
    <message>
        <source>mpki-setup probe: the shipped schema cannot be read.</source>
        <translation>mpki-setup probe: Das mitgelieferte Schema kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Calls made: %1; answers that matched Sectigo&apos;s schema: %2; mismatches: %3.</source>
        <translation>Ausgeführte Aufrufe: %1; Antworten, die dem Schema von Sectigo entsprachen: %2; Abweichungen: %3.</translation>
    </message>
    <message>
        <source>  %1: %2: expected %3, seen %4</source>
        <translation>  %1: %2: erwartet %3, erhalten %4</translation>
    </message>
    <message>
        <source>  %1: not described in Sectigo&apos;s schema (not checked)</source>
        <translation>  %1: im Schema von Sectigo nicht beschrieben (nicht geprüft)</translation>
    </message>
    <message>
        <source>Transcript written to %1.</source>
        <translation>Mitschnitt nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>mpki-setup probe: SCM refused the sign-in: %1</source>
        <translation>mpki-setup probe: SCM hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>mpki-setup probe: warning: %1</source>
        <translation>mpki-setup probe: Warnung: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The page answered HTTP %1.</source>
        <translation>Die Seite antwortete mit HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Writes the onboarding report for the change record from a state directory: who ran the onboarding and when, against which SCM and customer URI, what was created or adopted there with its ids, what was done by hand, the expiry dates that matter and the gateway&apos;s values. It holds no secret.</source>
        <translation>Schreibt aus einem Statusverzeichnis den Einrichtungsbericht für das Änderungsprotokoll: wer die Einrichtung wann ausgeführt hat, gegen welches SCM und welche Customer URI, was dort mit welchen IDs angelegt oder übernommen wurde, was von Hand erledigt wurde, die wichtigen Ablaufdaten und die Werte für das Gateway. Er enthält kein Geheimnis.</translation>
    </message>
    <message>
        <source>The language of the messages and of the report.</source>
        <translation>Die Sprache der Meldungen und des Berichts.</translation>
    </message>
    <message>
        <source>The state directory of a run.</source>
        <translation>Das Statusverzeichnis eines Laufs.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>The report to write (.pdf or .html).</source>
        <translation>Der zu schreibende Bericht (.pdf oder .html).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>mpki-setup report: give the state directory with --state DIR and the report to write with --out FILE.pdf or FILE.html.
</source>
        <translation>mpki-setup report: Geben Sie das Statusverzeichnis mit --state VERZEICHNIS und den zu schreibenden Bericht mit --out DATEI.pdf oder DATEI.html an.
</translation>
    </message>
    <message>
        <source>mpki-setup report: the report %1 must end in .pdf or .html.
</source>
        <translation>mpki-setup report: Der Bericht %1 muss auf .pdf oder .html enden.
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
        <translation>Einrichtungsbericht %1 geschrieben.
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
            <numerusform>Die Rotation wurde nicht innerhalb von %n Sekunde abgeschlossen; führen Sie sie erneut aus: Sie probiert das alte und das neue Passwort.</numerusform>
            <numerusform>Die Rotation wurde nicht innerhalb von %n Sekunden abgeschlossen; führen Sie sie erneut aus: Sie probiert das alte und das neue Passwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives the operator a new generated password over the API, keeps it in the keychain, and writes a new connector file and values sheet when asked. The gateway&apos;s MPKI page then needs the new password: the old one stops working at once.</source>
        <translation>Gibt dem Operator über die API ein neues, erzeugtes Passwort, bewahrt es im Schlüsselbund auf und schreibt auf Wunsch eine neue Connector-Datei und ein Werteblatt. Auf der MPKI-Seite des Gateways muss danach das neue Passwort eingetragen werden: Das alte funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>The language of the messages and the sheet&apos;s labels.</source>
        <translation>Die Sprache der Meldungen und der Beschriftungen des Werteblatts.</translation>
    </message>
    <message>
        <source>The state directory of the onboarding.</source>
        <translation>Das Statusverzeichnis der Einrichtung.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Write a new connector file here.</source>
        <translation>Eine neue Connector-Datei hierhin schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>A file whose first line is the connector file&apos;s passphrase (without it, the passphrase is asked for on the terminal).</source>
        <translation>Eine Datei, deren erste Zeile die Passphrase der Connector-Datei ist (ohne sie wird die Passphrase im Terminal abgefragt).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Write the password in the connector file in the clear (the file is still 0600).</source>
        <translation>Das Passwort im Klartext in die Connector-Datei schreiben (die Datei hat trotzdem die Rechte 0600).</translation>
    </message>
    <message>
        <source>Also write the values sheet (.pdf or .html).</source>
        <translation>Zusätzlich das Werteblatt schreiben (.pdf oder .html).</translation>
    </message>
    <message>
        <source>When no stored password of the operator signs in: let the plan&apos;s MRAO admin set a new one (the gateway&apos;s configured password stops working).</source>
        <translation>Wenn sich kein gespeichertes Passwort des Operators anmelden kann: den MRAO-Administrator des Plans ein neues setzen lassen (das auf dem Gateway konfigurierte Passwort funktioniert dann nicht mehr).</translation>
    </message>
    <message>
        <source>A file whose first line is the admin&apos;s password (with --reset-operator-password).</source>
        <translation>Eine Datei, deren erste Zeile das Passwort des Administrators ist (mit --reset-operator-password).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this file (PEM or DER) for SCM.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser Datei (PEM oder DER) für SCM vertrauen.</translation>
    </message>
    <message>
        <source>give the state directory with --state DIR.</source>
        <translation>Geben Sie das Statusverzeichnis mit --state VERZEICHNIS an.</translation>
    </message>
    <message>
        <source>--plain and --passphrase-file go with --export FILE.</source>
        <translation>--plain und --passphrase-file gehören zu --export DATEI.</translation>
    </message>
    <message>
        <source>--plain and --passphrase-file exclude each other.</source>
        <translation>--plain und --passphrase-file schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>the values sheet must end in .pdf or .html.</source>
        <translation>Das Werteblatt muss auf .pdf oder .html enden.</translation>
    </message>
    <message>
        <source>%1 holds no onboarding state.</source>
        <translation>%1 enthält keinen Einrichtungsstatus.</translation>
    </message>
    <message>
        <source>--reset-operator-password needs the plan the onboarding ran with, for the admin&apos;s login: %1</source>
        <translation>--reset-operator-password braucht den Plan, mit dem die Einrichtung lief, für das Login des Administrators: %1</translation>
    </message>
    <message>
        <source>the state names none</source>
        <translation>der Status nennt keinen</translation>
    </message>
    <message>
        <source>%1 To let it, run the rotation again with --reset-operator-password (the admin&apos;s password from --password-file, MPKI_SCM_PASSWORD or the keychain).</source>
        <translation>%1 Um dies zuzulassen, führen Sie die Rotation mit --reset-operator-password erneut aus (das Passwort des Administrators aus --password-file, MPKI_SCM_PASSWORD oder dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>mpki-setup rotate: the new password is in the keychain, but the state could not be saved: %1
</source>
        <translation>mpki-setup rotate: Das neue Passwort ist im Schlüsselbund, aber der Status konnte nicht gespeichert werden: %1
</translation>
    </message>
    <message>
        <source>(SCM gives no date)</source>
        <translation>(SCM nennt kein Datum)</translation>
    </message>
    <message>
        <source>New password: %1 (kept in the keychain; expires %2). The old one stopped working at %3.
</source>
        <translation>Neues Passwort: %1 (im Schlüsselbund aufbewahrt; läuft ab: %2). Das alte funktioniert seit %3 nicht mehr.
</translation>
    </message>
    <message>
        <source>Wrote the values sheet %1.
</source>
        <translation>Werteblatt %1 geschrieben.
</translation>
    </message>
    <message>
        <source>Type the new password into the gateway&apos;s MPKI page now: %1
</source>
        <translation>Tragen Sie das neue Passwort jetzt auf der MPKI-Seite des Gateways ein: %1
</translation>
    </message>
    <message>
        <source>mpki-setup export --state %1 --out FILE writes it into a connector file.</source>
        <translation>mpki-setup export --state %1 --out DATEI schreibt es in eine Connector-Datei.</translation>
    </message>
    <message>
        <source>mpki-setup import --in %1 --show-password shows it.</source>
        <translation>mpki-setup import --in %1 --show-password zeigt es an.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>SCM wants the operator&apos;s temporary password changed at its web page, but there is no terminal to show the passwords on. Run the same command on a terminal (or use the wizard) to see them.</source>
        <translation>SCM verlangt, dass das temporäre Passwort des Operators auf seiner Webseite geändert wird, aber es gibt kein Terminal, um die Passwörter anzuzeigen. Führen Sie denselben Befehl in einem Terminal aus (oder verwenden Sie den Assistenten), um sie zu sehen.</translation>
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
*** Handlung nötig: SCM lässt den Operator sein temporäres Passwort nicht über die API ändern.
    1. Öffnen Sie %1
    2. Melden Sie sich als %2 mit dem temporären Passwort an: %3
    3. Setzen Sie (genau) dieses neue Passwort: %4
    Diese Passwörter werden nur hier und nur einmal angezeigt; sie werden in Ihrem Schlüsselbund aufbewahrt und nie protokolliert.
    Dieser Lauf prüft, bis das neue Passwort funktioniert.
</translation>
    </message>
    <message>
        <source>Runs the onboarding procedure headless: every step whose needs are met, polling what it waits for until the deadline. Exit codes: 0 complete, 2 bad input, 3 waiting (run again later), 4 refused by SCM, 5 network/TLS failure, 1 anything else.
The state directory defaults to $XDG_STATE_HOME/mpki-setup/&lt;plan name&gt; (~/.local/state/mpki-setup/&lt;plan name&gt;).</source>
        <translation>Führt die Einrichtung ohne Oberfläche aus: jeden Schritt, dessen Voraussetzungen erfüllt sind, und fragt bis zur Frist ab, worauf er wartet. Exit-Codes: 0 vollständig, 2 ungültige Eingabe, 3 wartet (später erneut ausführen), 4 von SCM abgelehnt, 5 Netzwerk-/TLS-Fehler, 1 alles andere.
Das Statusverzeichnis ist standardmäßig $XDG_STATE_HOME/mpki-setup/&lt;Planname&gt; (~/.local/state/mpki-setup/&lt;Planname&gt;).</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Die Plandatei (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Run against the embedded simulators (no account needed).</source>
        <translation>Gegen die eingebauten Simulatoren ausführen (kein Konto nötig).</translation>
    </message>
    <message>
        <source>The state directory.</source>
        <translation>Das Statusverzeichnis.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Run only these steps (comma-separated).</source>
        <translation>Nur diese Schritte ausführen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>STEP,...</source>
        <translation>SCHRITT,...</translation>
    </message>
    <message>
        <source>Seconds to keep polling what the run waits for (default 600).</source>
        <translation>Sekunden, während denen abgefragt wird, worauf der Lauf wartet (Standard 600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>Write the connector file.</source>
        <translation>Die Connector-Datei schreiben.</translation>
    </message>
    <message>
        <source>The connector file&apos;s passphrase (first line).</source>
        <translation>Die Passphrase der Connector-Datei (erste Zeile).</translation>
    </message>
    <message>
        <source>Write the connector file with the password in the clear.</source>
        <translation>Die Connector-Datei mit dem Passwort im Klartext schreiben.</translation>
    </message>
    <message>
        <source>The admin&apos;s password (first line of the file).</source>
        <translation>Das Passwort des Administrators (erste Zeile der Datei).</translation>
    </message>
    <message>
        <source>Go on with a GÉANT TCS customer URI.</source>
        <translation>Mit einer Customer URI von GÉANT TCS fortfahren.</translation>
    </message>
    <message>
        <source>SCM calls in flight at once.</source>
        <translation>Gleichzeitig laufende Aufrufe an SCM.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The gateway API token (first line).</source>
        <translation>Das API-Token des Gateways (erste Zeile).</translation>
    </message>
    <message>
        <source>The gateway API secret (first line).</source>
        <translation>Das API-Secret des Gateways (erste Zeile).</translation>
    </message>
    <message>
        <source>--plan FILE is required.</source>
        <translation>--plan DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>--deadline takes a number of seconds.</source>
        <translation>--deadline erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>--export needs --passphrase-file FILE (or --plain for a file with the password in the clear).</source>
        <translation>--export braucht --passphrase-file DATEI (oder --plain für eine Datei mit dem Passwort im Klartext).</translation>
    </message>
    <message>
        <source>The demo&apos;s simulators did not start: %1</source>
        <translation>Die Simulatoren der Demo sind nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Demo: SCM simulator at %1 (customer %2, admin %3), gateway simulator at %4; secrets in memory; state in %5.</source>
        <translation>Demo: SCM-Simulator unter %1 (Kunde %2, Administrator %3), Gateway-Simulator unter %4; Geheimnisse im Arbeitsspeicher; Status in %5.</translation>
    </message>
    <message>
        <source>Also trust this CA certificate (PEM or DER).</source>
        <translation>Zusätzlich diesem CA-Zertifikat vertrauen (PEM oder DER).</translation>
    </message>
    <message>
        <source>    Press Enter here once it is set: until then this run looks only a few times an hour.
</source>
        <translation>    Drücken Sie hier Enter, sobald es gesetzt ist: Bis dahin schaut dieser Lauf nur einige Male pro Stunde nach.
</translation>
    </message>
    <message>
        <source>mpki-setup run: warning: %1</source>
        <translation>mpki-setup run: Warnung: %1</translation>
    </message>
    <message>
        <source>--only &quot;%1&quot; has an empty step name; give step names separated by commas, e.g. --only organization,domains. The steps are: %2.</source>
        <translation>--only &quot;%1&quot; enthält einen leeren Schrittnamen; geben Sie die Schrittnamen durch Kommas getrennt an, z. B. --only organization,domains. Die Schritte sind: %2.</translation>
    </message>
    <message>
        <source>--only names the step &quot;%1&quot;, which does not exist. The steps are: %2.</source>
        <translation>--only nennt den Schritt &quot;%1&quot;, den es nicht gibt. Die Schritte sind: %2.</translation>
    </message>
    <message>
        <source>When no stored password of the operator signs in: let the plan&apos;s MRAO admin set a new one (the gateway&apos;s configured password stops working).</source>
        <translation>Wenn sich kein gespeichertes Passwort des Operators anmelden kann: den MRAO-Administrator des Plans ein neues setzen lassen (das auf dem Gateway konfigurierte Passwort funktioniert dann nicht mehr).</translation>
    </message>
    <message>
        <source>Stopped by %1: the progress is saved; run the same command again to continue where this run stopped.</source>
        <translation>Durch %1 angehalten: Der Fortschritt ist gespeichert; führen Sie denselben Befehl erneut aus, um dort fortzufahren, wo dieser Lauf aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Unknown step &apos;%1&apos; in --only. The steps are: %2.</source>
        <translation>Unbekannter Schritt &apos;%1&apos; in --only. Die Schritte sind: %2.</translation>
    </message>
    <message>
        <source>No state directory was given.</source>
        <translation>Es wurde kein Statusverzeichnis angegeben.</translation>
    </message>
    <message>
        <source>No secret store is available for the operator&apos;s passwords.</source>
        <translation>Für die Passwörter des Operators ist kein Geheimnisspeicher verfügbar.</translation>
    </message>
    <message>
        <source>No password was given for the admin %1.</source>
        <translation>Für den Administrator %1 wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Cancelled. Run again to continue where this run stopped.</source>
        <translation>Abgebrochen. Führen Sie das Programm erneut aus, um dort fortzufahren, wo dieser Lauf aufgehört hat.</translation>
    </message>
    <message>
        <source>Not run: it needs %1.</source>
        <translation>Nicht ausgeführt: Benötigt %1.</translation>
    </message>
    <message>
        <source>Waits for %1.</source>
        <translation>Wartet auf %1.</translation>
    </message>
    <message>
        <source>All %1 steps are done.</source>
        <translation>Alle %1 Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>The steps asked for are done.</source>
        <translation>Die verlangten Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>Waiting for something outside: %1 Run the same command again later: it resumes where this run stopped.</source>
        <translation>Warten auf etwas Externes: %1 Führen Sie denselben Befehl später erneut aus: Er setzt dort fort, wo dieser Lauf aufgehört hat.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Also waiting: %1</source>
        <translation>Wartet außerdem: %1</translation>
    </message>
    <message>
        <source>“%1” cannot run: %2</source>
        <translation>«%1» kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>The plan cannot be run. %1</source>
        <translation>Der Plan kann nicht ausgeführt werden. %1</translation>
    </message>
    <message>
        <source>The progress could not be saved (%1), so the run stopped before changing anything more in SCM. Free some space or fix the state directory&apos;s permissions, then run again: it resumes from the last saved progress.</source>
        <translation>Der Fortschritt konnte nicht gespeichert werden (%1), daher wurde der Lauf angehalten, bevor er in SCM weitere Änderungen vornimmt. Geben Sie Speicherplatz frei oder korrigieren Sie die Berechtigungen des Statusverzeichnisses und führen Sie das Programm dann erneut aus: Es setzt beim zuletzt gespeicherten Fortschritt fort.</translation>
    </message>
    <message>
        <source>The secret store cannot keep the operator&apos;s passwords (%1), so nothing was changed in SCM. Make the keychain available (unlock it, or start a desktop session), then run again.</source>
        <translation>Der Geheimnisspeicher kann die Passwörter des Operators nicht aufbewahren (%1), daher wurde in SCM nichts geändert. Machen Sie den Schlüsselbund verfügbar (entsperren Sie ihn oder starten Sie eine Desktop-Sitzung) und führen Sie das Programm dann erneut aus.</translation>
    </message>
</context>
<context>
    <name>ScmError</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>a JSON array was expected</source>
        <translation>ein JSON-Array wurde erwartet</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>ein JSON-Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>the list does not end</source>
        <translation>die Liste endet nicht</translation>
    </message>
    <message>
        <source>DCV by TXT record has no start step in SCM: submit it directly.</source>
        <translation>DCV per TXT-Eintrag hat in SCM keinen Startschritt: direkt einreichen.</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>keine Beschreibung</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted (%2). If the server or a TLS-inspecting proxy uses its own certificate authority, add that CA certificate file.</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut (%2). Wenn der Server oder ein TLS-prüfender Proxy eine eigene Zertifizierungsstelle verwendet, fügen Sie deren CA-Zertifikatsdatei hinzu.</translation>
    </message>
    <message>
        <source>Cannot find the SCM server %1: check the address and your DNS or proxy settings.</source>
        <translation>Der SCM-Server %1 wurde nicht gefunden: Prüfen Sie die Adresse und Ihre DNS- oder Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The SCM server %1 refused the connection: check the address and port, and that no firewall blocks it.</source>
        <translation>Der SCM-Server %1 hat die Verbindung abgelehnt: Prüfen Sie Adresse und Port und ob eine Firewall sie blockiert.</translation>
    </message>
    <message>
        <source>The SCM server %1 closed the connection before answering: try again later.</source>
        <translation>Der SCM-Server %1 hat die Verbindung vor der Antwort geschlossen: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The proxy failed the connection to %1 (%2): check the system proxy settings.</source>
        <translation>Der Proxy konnte keine Verbindung zu %1 herstellen (%2): Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>Cannot reach the SCM server %1 (%2): check the network connection and try again.</source>
        <translation>Der SCM-Server %1 ist nicht erreichbar (%2): Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>SCM at %1 refused the login &quot;%2&quot; for customer URI &quot;%3&quot; (code %4). Check: the password; the customer URI and the SCM instance; that the admin is not IdP-only; that the password has not expired; that this address is not blocked; for a new admin, that its temporary password was changed in the web interface.</source>
        <translation>SCM unter %1 hat die Anmeldung &quot;%2&quot; für die Customer URI &quot;%3&quot; abgelehnt (Code %4). Prüfen Sie: das Passwort; die Customer URI und die SCM-Instanz; dass der Administrator nicht nur über IdP anmelden darf; dass das Passwort nicht abgelaufen ist; dass diese Adresse nicht gesperrt ist; bei einem neuen Administrator, dass sein temporäres Passwort in der Weboberfläche geändert wurde.</translation>
    </message>
    <message>
        <source>The admin &quot;%1&quot; may not do %2: it lacks a role or privilege (SCM: %3).</source>
        <translation>Der Administrator &quot;%1&quot; darf %2 nicht ausführen: Ihm fehlt eine Rolle oder ein Recht (SCM: %3).</translation>
    </message>
    <message>
        <source>SCM does not know what %1 asks for (SCM: %2).</source>
        <translation>SCM kennt das von %1 Angefragte nicht (SCM: %2).</translation>
    </message>
    <message>
        <source>The object exists already in SCM (SCM: %1): look it up and use it.</source>
        <translation>Das Objekt existiert in SCM bereits (SCM: %1): Suchen Sie es und verwenden Sie es.</translation>
    </message>
    <message>
        <source>The new password does not meet SCM&apos;s password policy (SCM: %1).</source>
        <translation>Das neue Passwort erfüllt die Passwortrichtlinie von SCM nicht (SCM: %1).</translation>
    </message>
    <message>
        <source>SCM is busy or asks for fewer requests (%1): try again later.</source>
        <translation>SCM ist ausgelastet oder verlangt weniger Anfragen (%1): Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>SCM failed with a server error (HTTP %1) on %2 (SCM: %3): try again later.</source>
        <translation>SCM ist bei %2 mit einem Serverfehler (HTTP %1) gescheitert (SCM: %3): Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
    <message>
        <source>SCM rejected %1 as invalid (SCM: %2).</source>
        <translation>SCM hat %1 als ungültig abgelehnt (SCM: %2).</translation>
    </message>
    <message>
        <source>SCM at %1 did not answer %2 %3 within %4 seconds: check the network and try again later.</source>
        <translation>SCM unter %1 hat %2 %3 nicht innerhalb von %4 Sekunden beantwortet: Prüfen Sie das Netzwerk und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request to SCM was cancelled.</source>
        <translation>Die Anfrage an SCM wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 %3 is not what SCM sends (%4): check that the base URL points at SCM.</source>
        <translation>Die Antwort von %1 auf %2 %3 ist nicht, was SCM sendet (%4): Prüfen Sie, ob die Basis-URL auf SCM zeigt.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; has expired: set a new one (log in at %2/customer/%3/ or ask an MRAO admin) and try again.</source>
        <translation>Das Passwort von &quot;%1&quot; ist abgelaufen: Setzen Sie ein neues (Anmeldung unter %2/customer/%3/ oder über einen MRAO-Administrator) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no object id in the Location header &quot;%1&quot;</source>
        <translation>keine Objekt-ID im Location-Header &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing or empty</source>
        <translation>das Feld &quot;%1&quot; fehlt oder ist leer</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the Location header &quot;%1&quot; points at another host</source>
        <translation>der Location-Header &quot;%1&quot; verweist auf einen anderen Host</translation>
    </message>
    <message>
        <source>SCM at %1 had not answered %2 %3 when the run&apos;s deadline passed: check the network and try again later.</source>
        <translation>SCM unter %1 hatte %2 %3 noch nicht beantwortet, als die Frist des Laufs ablief: Prüfen Sie das Netzwerk und versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>ScmSimulator</name>
    <message>
        <source>Cannot read the simulator state %1: %2. Remove the file or name another one with --state.</source>
        <translation>Der Simulator-Status %1 kann nicht gelesen werden: %2. Entfernen Sie die Datei oder nennen Sie mit --state eine andere.</translation>
    </message>
    <message>
        <source>Cannot open the request log %1: %2</source>
        <translation>Das Anfrageprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot make the simulator&apos;s TLS certificate: %1</source>
        <translation>Das TLS-Zertifikat des Simulators kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: the port is in use or not allowed. Choose another with --port (0 picks a free one).</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: Der Port ist belegt oder nicht erlaubt. Wählen Sie mit --port einen anderen (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Cannot replay %1: %2</source>
        <translation>%1 kann nicht wiedergegeben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the simulator state %1: %2. Name a file in a directory that exists and can be written with --state.</source>
        <translation>Der Simulator-Status %1 kann nicht geschrieben werden: %2. Nennen Sie mit --state eine Datei in einem Verzeichnis, das existiert und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>ScriptedPerson</name>
    <message>
        <source>The walk did not reach the end within %1 s; it waits on the page “%2”%3</source>
        <translation>Der Durchlauf hat das Ende nicht innerhalb von %1 s erreicht; er wartet auf der Seite «%2»%3</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The walk stopped on the page “%1”, which says: %2</source>
        <translation>Der Durchlauf blieb auf der Seite «%1» stehen, die meldet: %2</translation>
    </message>
    <message>
        <source>The walk reached the end with every step done.</source>
        <translation>Der Durchlauf hat das Ende erreicht, alle Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>The page “%1” does not go on after %2 presses of Next.</source>
        <translation>Die Seite «%1» geht nach %2 Klicks auf Weiter nicht weiter.</translation>
    </message>
</context>
<context>
    <name>SecretSources</name>
    <message>
        <source>The keychain: %1</source>
        <translation>Der Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Enter %1: </source>
        <translation>%1 eingeben: </translation>
    </message>
    <message>
        <source>the password of the SCM admin %1 (customer %2 at %3)</source>
        <translation>das Passwort des SCM-Administrators %1 (Kunde %2 bei %3)</translation>
    </message>
    <message>
        <source>the API token of the gateway %1</source>
        <translation>das API-Token des Gateways %1</translation>
    </message>
    <message>
        <source>the API secret of the gateway %1</source>
        <translation>das API-Secret des Gateways %1</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2.</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The first line of the secret file %1 is empty; put the secret on it.</source>
        <translation>Die erste Zeile der Geheimnisdatei %1 ist leer; schreiben Sie das Geheimnis hinein.</translation>
    </message>
    <message>
        <source>give a file holding it with %1 FILE (its first line)</source>
        <translation>mit %1 DATEI eine Datei angeben, deren erste Zeile den Wert enthält</translation>
    </message>
    <message>
        <source>set the environment variable %1</source>
        <translation>die Umgebungsvariable %1 setzen</translation>
    </message>
    <message>
        <source>store it in the keychain</source>
        <translation>den Wert im Schlüsselbund ablegen</translation>
    </message>
    <message>
        <source>run on a terminal to be asked for it</source>
        <translation>das Programm in einem Terminal ausführen, um danach gefragt zu werden</translation>
    </message>
    <message>
        <source>mpki-setup needs %1 and found it nowhere.</source>
        <translation>mpki-setup benötigt %1 und hat den Wert nirgends gefunden.</translation>
    </message>
    <message>
        <source>mpki-setup needs %1 and found it nowhere: %2.</source>
        <translation>mpki-setup benötigt %1 und hat den Wert nirgends gefunden. Möglichkeiten: %2.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, oder </translation>
    </message>
</context>
<context>
    <name>SeppmailClient</name>
    <message>
        <source>The gateway API URL &quot;%1&quot; is not an http(s) URL such as https://gateway:8445/v1.</source>
        <translation>Die Gateway-API-URL &quot;%1&quot; ist keine http(s)-URL wie https://gateway:8445/v1.</translation>
    </message>
    <message>
        <source>The gateway at %1 did not answer in time; check that its REST API is enabled (System → Advanced view → REST-API) and reachable.</source>
        <translation>Das Gateway unter %1 hat nicht rechtzeitig geantwortet; prüfen Sie, ob seine REST-API eingeschaltet (System → Advanced view → REST-API) und erreichbar ist.</translation>
    </message>
    <message>
        <source>The gateway&apos;s TLS certificate at %1 is not trusted (%2); add the appliance&apos;s CA certificate instead of ignoring the error.</source>
        <translation>Dem TLS-Zertifikat des Gateways unter %1 wird nicht vertraut (%2); fügen Sie das CA-Zertifikat der Appliance hinzu, statt den Fehler zu ignorieren.</translation>
    </message>
    <message>
        <source>Cannot reach the gateway&apos;s REST API at %1: %2.</source>
        <translation>Die REST-API des Gateways unter %1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>The gateway refused the API token or secret (HTTP %1%2); check the REST-API key and secret under System → Advanced view → REST-API.</source>
        <translation>Das Gateway hat das API-Token oder -Secret abgelehnt (HTTP %1%2); prüfen Sie Schlüssel und Secret der REST-API unter System → Advanced view → REST-API.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer to %1 %2 is not JSON.</source>
        <translation>Die Antwort des Gateways auf %1 %2 ist kein JSON.</translation>
    </message>
    <message>
        <source>The gateway answered %1 %2 with an error: %3 (code %4).</source>
        <translation>Das Gateway hat %1 %2 mit einem Fehler beantwortet: %3 (Code %4).</translation>
    </message>
    <message>
        <source>The gateway answered %1 %2 with HTTP %3; is %4 the REST API (port 8445, path /v1)?</source>
        <translation>Das Gateway hat %1 %2 mit HTTP %3 beantwortet; ist %4 die REST-API (Port 8445, Pfad /v1)?</translation>
    </message>
    <message>
        <source>The gateway&apos;s list of managed domains is not keyed by customer.</source>
        <translation>Die Liste der verwalteten Domains des Gateways ist nicht nach Kunden gegliedert.</translation>
    </message>
    <message>
        <source>Creating the managed domain &quot;%1&quot; needs its routing data: a forwarding host and port (the mail server the gateway delivers to).</source>
        <translation>Zum Anlegen der verwalteten Domain &quot;%1&quot; braucht es ihre Routing-Daten: einen Weiterleitungshost und -port (den Mailserver, an den das Gateway zustellt).</translation>
    </message>
</context>
<context>
    <name>SeppmailManagedDomainsTarget</name>
    <message>
        <source>Enter the MPKI → Sectigo values on the gateway&apos;s admin page (the values sheet lists them).</source>
        <translation>Tragen Sie die Werte für MPKI → Sectigo auf der Administrationsseite des Gateways ein (das Werteblatt führt sie auf).</translation>
    </message>
    <message>
        <source>Tick %1 under &quot;MPKI managed domains&quot; on the gateway&apos;s MPKI page.</source>
        <translation>Kreuzen Sie %1 unter &quot;MPKI managed domains&quot; auf der MPKI-Seite des Gateways an.</translation>
    </message>
    <message>
        <source>Switch on automatic renewal with an overlap of %1 days under &quot;Settings&quot;.</source>
        <translation>Schalten Sie unter &quot;Settings&quot; die automatische Erneuerung mit einer Überlappung von %1 Tagen ein.</translation>
    </message>
    <message>
        <source>Managed domains on the gateway (customer %1): %2 present, %3 created.</source>
        <translation>Verwaltete Domains auf dem Gateway (Kunde %1): %2 vorhanden, %3 angelegt.</translation>
    </message>
    <message>
        <source>Creating the managed domain %1 on the gateway failed: %2</source>
        <translation>Das Anlegen der verwalteten Domain %1 auf dem Gateway ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Created the managed domain %1 (customer %2, forwarding to %3:%4).</source>
        <translation>Verwaltete Domain %1 angelegt (Kunde %2, Weiterleitung an %3:%4).</translation>
    </message>
    <message>
        <source>SEPPmail REST API at %1 (customer %2)</source>
        <translation>SEPPmail-REST-API unter %1 (Kunde %2)</translation>
    </message>
    <message>
        <source>Checking the managed domains of customer %1 on %2.</source>
        <translation>Die verwalteten Domains des Kunden %1 auf %2 werden geprüft.</translation>
    </message>
    <message>
        <source>Could not check the managed domains on the gateway: %1</source>
        <translation>Die verwalteten Domains auf dem Gateway konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Checked: %1 is a managed domain of customer %2 on the gateway.</source>
        <translation>Geprüft: %1 ist eine verwaltete Domain des Kunden %2 auf dem Gateway.</translation>
    </message>
    <message>
        <source>Managed domains checked on the gateway (customer %1): %2 present.</source>
        <translation>Verwaltete Domains auf dem Gateway geprüft (Kunde %1): %2 vorhanden.</translation>
    </message>
    <message>
        <source>Managed domains checked on the gateway (customer %1): %2 missing%3.</source>
        <translation>Verwaltete Domains auf dem Gateway geprüft (Kunde %1): %2 fehlen%3.</translation>
    </message>
    <message>
        <source>, %1 present</source>
        <translation>, %1 vorhanden</translation>
    </message>
    <message>
        <source>Create the managed domains %1 on the gateway (Mail system → Managed domains): creating them needs a forwarding host in the plan (gateway.api.forwardingHost).</source>
        <translation>Legen Sie die verwalteten Domains %1 auf dem Gateway an (Mail system → Managed domains): Um sie automatisch anzulegen, braucht es einen Weiterleitungshost im Plan (gateway.api.forwardingHost).</translation>
    </message>
    <message>
        <source>Create the managed domains %1 on the gateway (Mail system → Managed domains), or let mpki-setup create them with gateway.api.createMissingManagedDomains and a forwarding host.</source>
        <translation>Legen Sie die verwalteten Domains %1 auf dem Gateway an (Mail system → Managed domains) oder lassen Sie mpki-setup sie mit gateway.api.createMissingManagedDomains und einem Weiterleitungshost anlegen.</translation>
    </message>
    <message>
        <source>Create the managed domain %1 for customer %2, forwarding mail to %3:%4%5.</source>
        <translation>Die verwaltete Domain %1 für den Kunden %2 anlegen, mit Weiterleitung der Mails an %3:%4%5.</translation>
    </message>
    <message>
        <source>, and apply the mail configuration</source>
        <translation>, und die Mail-Konfiguration anwenden</translation>
    </message>
    <message>
        <source>Changing the gateway&apos;s mail routing: %1</source>
        <translation>Änderung des Mail-Routings des Gateways: %1</translation>
    </message>
    <message>
        <source>Managed domains %1 are missing on the gateway; creating them was declined.</source>
        <translation>Die verwalteten Domains %1 fehlen auf dem Gateway; das Anlegen wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Create the managed domains %1 on the gateway.</source>
        <translation>Die verwalteten Domains %1 auf dem Gateway anlegen.</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Runs the Sectigo Certificate Manager simulator on 127.0.0.1 until interrupted (Ctrl+C).
Every behaviour the real SCM leaves undocumented is an option below; the simulator&apos;s README says what each default assumes.</source>
        <translation>Führt den Simulator des Sectigo Certificate Manager auf 127.0.0.1 aus, bis er unterbrochen wird (Ctrl+C).
Jedes Verhalten, das der echte SCM nicht dokumentiert, ist unten eine Option; das README des Simulators erklärt, was jeder Standardwert annimmt.</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one (default).</source>
        <translation>TCP-Port auf 127.0.0.1; 0 wählt einen freien (Standard).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>HTTPS with a certificate from a CA generated at start.</source>
        <translation>HTTPS mit einem Zertifikat einer beim Start erzeugten CA.</translation>
    </message>
    <message>
        <source>First line of output: one JSON object with baseUrl, customerUri, login, password (and caCertificate with --tls).</source>
        <translation>Erste Zeile der Ausgabe: ein JSON-Objekt mit baseUrl, customerUri, login, password (und caCertificate mit --tls).</translation>
    </message>
    <message>
        <source>ui-only (default): the API refuses a new admin&apos;s temporary password until it is changed at /customer/&lt;uri&gt;/; api-change: POST admin/v1/changepassword accepts it.</source>
        <translation>ui-only (Standard): Die API lehnt das temporäre Passwort eines neuen Administrators ab, bis es unter /customer/&lt;uri&gt;/ geändert wurde; api-change: POST admin/v1/changepassword akzeptiert es.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>current (default): API-only is type API; legacy: API-only is the privilege wsApiUseOnly.</source>
        <translation>current (Standard): API-only ist der Typ API; legacy: API-only ist das Recht wsApiUseOnly.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Seconds from submit until an organisation validation is decided (default 20).</source>
        <translation>Sekunden vom Einreichen bis zur Entscheidung über eine Organisationsvalidierung (Standard 20).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>SEK</translation>
    </message>
    <message>
        <source>VALIDATED (default) or FAILED.</source>
        <translation>VALIDATED (Standard) oder FAILED.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>Seconds from DCV submit until the domain is VALIDATED (default 5).</source>
        <translation>Sekunden vom Einreichen der DCV, bis die Domain VALIDATED ist (Standard 5).</translation>
    </message>
    <message>
        <source>Delay every answer by N ms (other requests are served meanwhile).</source>
        <translation>Jede Antwort um N ms verzögern (andere Anfragen werden derweil bedient).</translation>
    </message>
    <message>
        <source>Share of API requests (0..1) that fail: 503, 429 with Retry-After, reset connection, truncated JSON, or a change made and its answer lost.</source>
        <translation>Anteil der API-Anfragen (0..1), die fehlschlagen: 503, 429 mit Retry-After, zurückgesetzte Verbindung, abgeschnittenes JSON oder eine ausgeführte Änderung, deren Antwort verloren geht.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Seed of the fault choice (default 1).</source>
        <translation>Startwert (Seed) für die Wahl der Fehler (Standard 1).</translation>
    </message>
    <message>
        <source>Append every request to FILE as one JSON line.</source>
        <translation>Jede Anfrage als eine JSON-Zeile an DATEI anhängen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Keep the simulated account in FILE (JSON, 0600), loaded at start and saved after each change.</source>
        <translation>Das simulierte Konto in DATEI aufbewahren (JSON, 0600), beim Start geladen und nach jeder Änderung gespeichert.</translation>
    </message>
    <message>
        <source>Customer URI of a new account (default demo).</source>
        <translation>Customer URI eines neuen Kontos (Standard demo).</translation>
    </message>
    <message>
        <source>U</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Login of a new account&apos;s MRAO admin (default mrao-admin).</source>
        <translation>Login des MRAO-Administrators eines neuen Kontos (Standard mrao-admin).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Also run the SEPPmail gateway simulator (REST API below /v1) on this port; 0 picks a free one. It uses HTTPS with --tls; its token and secret are generated at start.</source>
        <translation>Zusätzlich den SEPPmail-Gateway-Simulator (REST-API unter /v1) auf diesem Port ausführen; 0 wählt einen freien. Er verwendet HTTPS mit --tls; sein Token und Secret werden beim Start erzeugt.</translation>
    </message>
    <message>
        <source>Comma-separated managed domains the gateway simulator&apos;s customer [default] starts with.</source>
        <translation>Durch Kommas getrennte verwaltete Domains, mit denen der Kunde [default] des Gateway-Simulators startet.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port braucht eine Zahl von 0 bis 65535, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--temp-password is ui-only or api-change, not &apos;%1&apos;</source>
        <translation>--temp-password ist ui-only oder api-change, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dialect is current or legacy, not &apos;%1&apos;</source>
        <translation>--dialect ist current oder legacy, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--validation-delay needs whole seconds (0 or more), not &apos;%1&apos;</source>
        <translation>--validation-delay braucht ganze Sekunden (0 oder mehr), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--validation-outcome is VALIDATED or FAILED, not &apos;%1&apos;</source>
        <translation>--validation-outcome ist VALIDATED oder FAILED, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dcv-delay needs whole seconds (0 or more), not &apos;%1&apos;</source>
        <translation>--dcv-delay braucht ganze Sekunden (0 oder mehr), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--latency-ms needs milliseconds (0 or more), not &apos;%1&apos;</source>
        <translation>--latency-ms braucht Millisekunden (0 oder mehr), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--fault-rate needs a share from 0 to 1, not &apos;%1&apos;</source>
        <translation>--fault-rate braucht einen Anteil von 0 bis 1, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &apos;%1&apos;</source>
        <translation>--seed braucht eine ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--customer-uri needs a name without &apos;/&apos;, not &apos;%1&apos;</source>
        <translation>--customer-uri braucht einen Namen ohne &apos;/&apos;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--gateway-port needs a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--gateway-port braucht eine Zahl von 0 bis 65535, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--login needs at least 3 characters</source>
        <translation>--login braucht mindestens 3 Zeichen</translation>
    </message>
    <message>
        <source>SCM simulator running (Ctrl+C stops it)
  API base URL:  %1/api/
  Web page:      %1/customer/%2/
  Customer URI:  %2
  MRAO login:    %3
  MRAO password: %4
</source>
        <translation>SCM-Simulator läuft (Ctrl+C beendet ihn)
  API-Basis-URL:   %1/api/
  Webseite:        %1/customer/%2/
  Customer URI:    %2
  MRAO-Login:      %3
  MRAO-Passwort:   %4
</translation>
    </message>
    <message>
        <source>SEPPmail gateway simulator running
  REST API URL:  %1
  API token:     %2
  API secret:    %3
</source>
        <translation>SEPPmail-Gateway-Simulator läuft
  REST-API-URL:    %1
  API-Token:       %2
  API-Secret:      %3
</translation>
    </message>
    <message>
        <source>  CA certificate (trust it for HTTPS):</source>
        <translation>  CA-Zertifikat (für HTTPS vertrauen):</translation>
    </message>
    <message>
        <source>The gateway customer whose managed domains --gateway-domains gives (default [default]).</source>
        <translation>Der Gateway-Kunde, dessen verwaltete Domains --gateway-domains angibt (Standard [default]).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--gateway-customer needs a name</source>
        <translation>--gateway-customer braucht einen Namen</translation>
    </message>
    <message>
        <source>--gateway-domains and --gateway-customer need --gateway-port</source>
        <translation>--gateway-domains und --gateway-customer brauchen --gateway-port</translation>
    </message>
    <message>
        <source>How the API refuses a temporary password: 401 (default, code -16), 403 (code -37) or 400 (a description saying the password must be changed).</source>
        <translation>Wie die API ein temporäres Passwort ablehnt: 401 (Standard, Code -16), 403 (Code -37) oder 400 (mit einer Beschreibung, dass das Passwort geändert werden muss).</translation>
    </message>
    <message>
        <source>Lock an admin after N consecutive refused logins (default 0: never); an MRAO unlocks it by setting its password.</source>
        <translation>Einen Administrator nach N aufeinanderfolgenden abgelehnten Anmeldungen sperren (Standard 0: nie); ein MRAO entsperrt ihn, indem er sein Passwort setzt.</translation>
    </message>
    <message>
        <source>What Sectigo decides about a submitted DCV order: VALIDATED (default) or REJECTED (a new start then issues a new record).</source>
        <translation>Wie Sectigo über einen eingereichten DCV-Auftrag entscheidet: VALIDATED (Standard) oder REJECTED (ein neuer Start erzeugt dann einen neuen Eintrag).</translation>
    </message>
    <message>
        <source>Answer shape of Sectigo&apos;s documents: 25.5 (default; validations carry validationLevel) or 25.9 (validations carry only type and permittedCertTypes).</source>
        <translation>Antwortform der Dokumente von Sectigo: 25.5 (Standard; Validierungen enthalten validationLevel) oder 25.9 (Validierungen enthalten nur type und permittedCertTypes).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Answer the SCM API&apos;s reads as recorded in FILE, a file written by `mpki-setup probe`, with newly generated credentials; nothing changes.</source>
        <translation>Die Lesezugriffe auf die SCM-API so beantworten, wie sie in DATEI aufgezeichnet sind, einer von `mpki-setup probe` geschriebenen Datei, mit neu erzeugten Zugangsdaten; es wird nichts geändert.</translation>
    </message>
    <message>
        <source>--temp-password-refusal is 401, 403 or 400, not &apos;%1&apos;</source>
        <translation>--temp-password-refusal ist 401, 403 oder 400, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--lockout-after needs a whole number (0 or more), not &apos;%1&apos;</source>
        <translation>--lockout-after braucht eine ganze Zahl (0 oder mehr), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dcv-outcome is VALIDATED or REJECTED, not &apos;%1&apos;</source>
        <translation>--dcv-outcome ist VALIDATED oder REJECTED, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--schema-version is 25.5 or 25.9, not &apos;%1&apos;</source>
        <translation>--schema-version ist 25.5 oder 25.9, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--replay answers from its file: it takes no --state</source>
        <translation>--replay antwortet aus seiner Datei: --state ist damit nicht möglich</translation>
    </message>
    <message>
        <source>How GET admin/v1/{id} answers reseted: date (default, Sectigo&apos;s schema: the reset date while the password is temporary), kept (that date stays after the change), boolean (true while temporary) or absent (never).</source>
        <translation>Wie GET admin/v1/{id} das Feld reseted liefert: date (Standard, Sectigos Schema: das Datum des Zurücksetzens, solange das Passwort temporär ist), kept (dieses Datum bleibt nach der Änderung stehen), boolean (true, solange es temporär ist) oder absent (nie).</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>FORM</translation>
    </message>
    <message>
        <source>--reseted-shape is date, kept, boolean or absent, not &apos;%1&apos;</source>
        <translation>--reseted-shape ist date, kept, boolean oder absent, nicht „%1“</translation>
    </message>
    <message>
        <source>Every password set for an admin other than the simulator&apos;s own MRAO admin expires N days after it is set (0 to 3650) instead of after 90 days.</source>
        <translation>Jedes Passwort, das für einen anderen Administrator als den eigenen MRAO-Administrator des Simulators gesetzt wird, läuft N Tage nach dem Setzen ab (0 bis 3650) statt nach 90 Tagen.</translation>
    </message>
    <message>
        <source>Comma-separated faults --fault-rate draws: 503, 429, reset, truncated (the default four), malformed, no-location, slow-drip, 5xx-burst.</source>
        <translation>Durch Kommas getrennte Fehlerarten, aus denen --fault-rate zieht: 503, 429, reset, truncated (die vier Standardarten), malformed, no-location, slow-drip, 5xx-burst.</translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation>ARTEN</translation>
    </message>
    <message>
        <source>--operator-password-expires-in-days needs whole days from 0 to 3650, not &apos;%1&apos;</source>
        <translation>--operator-password-expires-in-days braucht ganze Tage von 0 bis 3650, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--fault-kinds: %1</source>
        <translation>--fault-kinds: %1</translation>
    </message>
    <message>
        <source>--state needs a file name</source>
        <translation>--state braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--state %1 is a directory; it takes a file, e.g. %2</source>
        <translation>--state %1 ist ein Verzeichnis; die Option erwartet eine Datei, z. B. %2</translation>
    </message>
    <message>
        <source>--state %1: the directory %2 does not exist; create it first</source>
        <translation>--state %1: Das Verzeichnis %2 existiert nicht; legen Sie es zuerst an</translation>
    </message>
    <message>
        <source>--gateway-domains &apos;%1&apos; has an empty domain name; give names separated by commas, e.g. example.ch,example.org</source>
        <translation>--gateway-domains &apos;%1&apos; enthält einen leeren Domainnamen; geben Sie die Namen durch Kommas getrennt an, z. B. example.ch,example.org</translation>
    </message>
</context>
<context>
    <name>SimulatedPerson</name>
    <message>
        <source>The web page %1 shows no login form: %2</source>
        <translation>Die Webseite %1 zeigt kein Anmeldeformular: %2</translation>
    </message>
    <message>
        <source>Logging in as %1 failed: %2</source>
        <translation>Die Anmeldung als %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Setting the new password of %1 failed: %2</source>
        <translation>Das Setzen des neuen Passworts von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SimulatorProcess</name>
    <message>
        <source>The simulators could not be started (%1): %2</source>
        <translation>Die Simulatoren konnten nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>The simulators did not say where they listen within %1 s.</source>
        <translation>Die Simulatoren haben nicht innerhalb von %1 s mitgeteilt, wo sie erreichbar sind.</translation>
    </message>
    <message>
        <source>The simulators ended at their start (exit code %1).</source>
        <translation>Die Simulatoren wurden beim Start beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The simulators&apos; first line is not the expected JSON object: %1</source>
        <translation>Die erste Zeile der Simulatoren ist nicht das erwartete JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The simulators&apos; process crashed.</source>
        <translation>Der Prozess der Simulatoren ist abgestürzt.</translation>
    </message>
    <message>
        <source>The simulators&apos; process ended (exit code %1).</source>
        <translation>Der Prozess der Simulatoren wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The simulators&apos; first line is JSON, but not the expected object {...}.</source>
        <translation>Die erste Zeile der Simulatoren ist JSON, aber nicht das erwartete Objekt {...}.</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>This is not an mpki-setup state file.</source>
        <translation>Dies ist keine Statusdatei von mpki-setup.</translation>
    </message>
    <message>
        <source>The state was written by a version of mpki-setup this one does not read (format %1; this one reads %2).</source>
        <translation>Der Status wurde von einer Version von mpki-setup geschrieben, die diese nicht lesen kann (Format %1; diese liest %2).</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>The state directory %1 is a file; give a directory.</source>
        <translation>Das Statusverzeichnis %1 ist eine Datei; geben Sie ein Verzeichnis an.</translation>
    </message>
    <message>
        <source>Cannot create the state directory %1; check that its parent exists and is writable.</source>
        <translation>Das Statusverzeichnis %1 kann nicht angelegt werden; prüfen Sie, ob das übergeordnete Verzeichnis existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Another mpki-setup is using %1 (pid %2%3). Wait for it to finish, or stop it, then try again.</source>
        <translation>Ein anderes mpki-setup verwendet %1 (PID %2%3). Warten Sie, bis es fertig ist, oder beenden Sie es, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>Another mpki-setup is using %1. Wait for it to finish, or stop it, then try again.</source>
        <translation>Ein anderes mpki-setup verwendet %1. Warten Sie, bis es fertig ist, oder beenden Sie es, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot lock the state directory %1 (%2); check its permissions.</source>
        <translation>Das Statusverzeichnis %1 kann nicht gesperrt werden (%2); prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The state directory %1 is not open.</source>
        <translation>Das Statusverzeichnis %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the state %1: %2.</source>
        <translation>Der Status %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>There is no mpki-setup state in %1 (no %2). Give the directory a run used with --state.</source>
        <translation>In %1 gibt es keinen Status von mpki-setup (kein %2). Geben Sie mit --state das Verzeichnis an, das ein Lauf verwendet hat.</translation>
    </message>
    <message>
        <source>The state %1 is damaged (%2 at offset %3).</source>
        <translation>Der Status %1 ist beschädigt (%2 bei Offset %3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot lock the state directory %1 (%2): %3.</source>
        <translation>Das Statusverzeichnis %1 kann nicht gesperrt werden (%2): %3.</translation>
    </message>
    <message>
        <source>%1. The previous state is unchanged.</source>
        <translation>%1. Der bisherige Status ist unverändert.</translation>
    </message>
    <message>
        <source>The state directory %1 belongs to someone else and others can write into it (mode %2): they could replace the state or the journal. Give a directory of your own (e.g. a new one; it is made private).</source>
        <translation>Das Statusverzeichnis %1 gehört jemand anderem, und andere können hineinschreiben (Rechte %2): Diese könnten den Status oder das Journal ersetzen. Geben Sie ein eigenes Verzeichnis an (z. B. ein neues; es wird privat angelegt).</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>the admin %1</source>
        <translation>der Administrator %1</translation>
    </message>
    <message>
        <source>the operator %1</source>
        <translation>der Operator %1</translation>
    </message>
    <message>
        <source>Password of %1: does not expire.</source>
        <translation>Passwort von %1: läuft nicht ab.</translation>
    </message>
    <message>
        <source>Password of %1: expires on %2 (%3 days left).</source>
        <translation>Passwort von %1: läuft am %2 ab (noch %3 Tage).</translation>
    </message>
    <message>
        <source>The password of %1 has expired (%2): change it in SCM before the next run.</source>
        <translation>Das Passwort von %1 ist abgelaufen (%2): Ändern Sie es vor dem nächsten Lauf in SCM.</translation>
    </message>
    <message>
        <source>The password of %1 has expired (%2): the gateway cannot request certificates; set a new one in SCM and on the gateway.</source>
        <translation>Das Passwort von %1 ist abgelaufen (%2): Das Gateway kann keine Zertifikate beantragen; setzen Sie ein neues in SCM und auf dem Gateway.</translation>
    </message>
    <message>
        <source>The password of %1 expires in %2 days (%3): change it in SCM soon.</source>
        <translation>Das Passwort von %1 läuft in %2 Tagen ab (%3): Ändern Sie es bald in SCM.</translation>
    </message>
    <message>
        <source>The password of %1 expires in %2 days (%3): change it in SCM and on the gateway before then, or the gateway stops getting certificates.</source>
        <translation>Das Passwort von %1 läuft in %2 Tagen ab (%3): Ändern Sie es vorher in SCM und auf dem Gateway, sonst erhält das Gateway keine Zertifikate mehr.</translation>
    </message>
    <message>
        <source>Shows where the procedure in a state directory stands: each step&apos;s status, time, message and SCM ids, and when the passwords of the admin and the operator expire.</source>
        <translation>Zeigt den Stand der Einrichtung in einem Statusverzeichnis: Status, Zeit, Meldung und SCM-IDs jedes Schritts, und wann die Passwörter des Administrators und des Operators ablaufen.</translation>
    </message>
    <message>
        <source>The state directory of a run.</source>
        <translation>Das Statusverzeichnis eines Laufs.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
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
        <translation>mpki-setup status: Geben Sie das Statusverzeichnis mit --state VERZEICHNIS an.
</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The secret store cannot be read: %1</source>
        <translation>Der Geheimnisspeicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The secret store cannot keep the operator&apos;s password, so nothing was sent: %1</source>
        <translation>Der Geheimnisspeicher kann das Passwort des Operators nicht aufbewahren, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Listing the organisations</source>
        <translation>Organisationen werden aufgelistet</translation>
    </message>
    <message>
        <source>The organisation &apos;%1&apos; (or its department) does not exist in SCM yet: run the organization step first.</source>
        <translation>Die Organisation &apos;%1&apos; (oder ihre Abteilung) existiert in SCM noch nicht: Führen Sie zuerst den Organisations-Schritt aus.</translation>
    </message>
    <message>
        <source>Looking up the admin %1</source>
        <translation>Administrator %1 wird gesucht</translation>
    </message>
    <message>
        <source>SCM does not show the admin &apos;%1&apos; to itself.</source>
        <translation>SCM zeigt dem Administrator &apos;%1&apos; seinen eigenen Eintrag nicht an.</translation>
    </message>
    <message>
        <source>Reading the admin %1</source>
        <translation>Administrator %1 wird gelesen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source> (SCM: %1)</source>
        <translation> (SCM: %1)</translation>
    </message>
    <message>
        <source>Reading the operator %1</source>
        <translation>Operator %1 wird gelesen</translation>
    </message>
    <message>
        <source>Looking up the operator %1</source>
        <translation>Operator %1 wird gesucht</translation>
    </message>
    <message>
        <source>The operator %1 does not exist yet: run the operator step first.</source>
        <translation>Der Operator %1 existiert noch nicht: Führen Sie zuerst den Operator-Schritt aus.</translation>
    </message>
</context>
<context>
    <name>StepOverviewTable</name>
    <message>
        <source>Steps of the onboarding</source>
        <translation>Schritte der Einrichtung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>What exists</source>
        <translation>Was besteht</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Was getan wird</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>StepPresenter</name>
    <message>
        <source>Organisation id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Department id</source>
        <translation>Abteilungs-ID</translation>
    </message>
    <message>
        <source>Validation id</source>
        <translation>Validierungs-ID</translation>
    </message>
    <message>
        <source>Operator admin id</source>
        <translation>ID des Operator-Administrators</translation>
    </message>
    <message>
        <source>Admin id</source>
        <translation>Administrator-ID</translation>
    </message>
    <message>
        <source>S/MIME profile id</source>
        <translation>S/MIME-Profil-ID</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Domain %1: id %2</source>
        <translation>Domain %1: ID %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>Log in with the admin user provided by Sectigo (an MRAO admin). The wizard checks the account and its rights before it changes anything.</source>
        <translation>Melden Sie sich mit dem von Sectigo bereitgestellten Administrator an (einem MRAO-Administrator). Der Assistent prüft das Konto und seine Rechte, bevor er etwas ändert.</translation>
    </message>
    <message>
        <source>To begin with, the organisation must be set up. Fill in at least the mandatory fields (marked with *). The wizard creates the organisation in the Certificate Manager — or adopts it when it exists already — and activates the Web API (REST enrolment) for it.</source>
        <translation>Zuerst muss die Organisation eingerichtet werden. Füllen Sie mindestens die Pflichtfelder aus (mit * markiert). Der Assistent legt die Organisation im Certificate Manager an — oder übernimmt sie, wenn sie bereits existiert — und aktiviert für sie die Web API (REST-Enrollment).</translation>
    </message>
    <message>
        <source>In the next step, the newly created organisation needs to be validated. The wizard starts the external validation process (OV S/MIME). After successful validation the status “VALIDATED” appears. Sectigo&apos;s vetting can take hours or days: you may go on with the next steps, or close the wizard and come back later.</source>
        <translation>Im nächsten Schritt muss die neu angelegte Organisation validiert werden. Der Assistent startet den externen Validierungsprozess (OV S/MIME). Nach erfolgreicher Validierung erscheint der Status «VALIDATED». Die Prüfung durch Sectigo kann Stunden oder Tage dauern: Sie können mit den nächsten Schritten fortfahren oder den Assistenten schließen und später zurückkehren.</translation>
    </message>
    <message>
        <source>Create the domain for which e-mail certificates should be received later, and select the organisation created above. The wizard delegates each domain to the organisation for S/MIME and starts domain control validation (DCV) of the registered domain.</source>
        <translation>Legen Sie die Domain an, für die später E-Mail-Zertifikate bezogen werden sollen, und wählen Sie die oben angelegte Organisation. Der Assistent delegiert jede Domain für S/MIME an die Organisation und startet die Domain-Validierung (DCV) der registrierten Domain.</translation>
    </message>
    <message>
        <source>Create the “Operator” user via which the SEPPmail MPKI interface accesses the Certificate Manager in the future, with the privilege for client certificates. Do NOT yet select the privilege “WS API use only”: the operator must log in once first.</source>
        <translation>Legen Sie den Benutzer «Operator» an, über den die MPKI-Schnittstelle von SEPPmail künftig auf den Certificate Manager zugreift, mit dem Recht für Client-Zertifikate. Wählen Sie das Recht «WS API use only» noch NICHT: Der Operator muss sich zuerst einmal anmelden.</translation>
    </message>
    <message>
        <source>The new user needs to log in once to change their password. The wizard tries this over the API; when the Certificate Manager refuses, log in as the operator at the address below and set exactly the new password shown.</source>
        <translation>Der neue Benutzer muss sich einmal anmelden, um sein Passwort zu ändern. Der Assistent versucht dies über die API; lehnt der Certificate Manager ab, melden Sie sich unter der Adresse unten als Operator an und setzen Sie genau das angezeigte neue Passwort.</translation>
    </message>
    <message>
        <source>Now the operator is given the necessary right “WS API use only”. Only now: an API-only account can no longer log in to the web interface.</source>
        <translation>Jetzt erhält der Operator das nötige Recht «WS API use only». Erst jetzt: Ein API-only-Konto kann sich nicht mehr an der Weboberfläche anmelden.</translation>
    </message>
    <message>
        <source>The wizard logs in as the operator, as the gateway will, and checks that the chosen S/MIME certificate type and term exist and that no mandatory custom field is unmet.</source>
        <translation>Der Assistent meldet sich wie später das Gateway als Operator an und prüft, dass der gewählte S/MIME-Zertifikatstyp und die Laufzeit existieren und dass kein benutzerdefiniertes Pflichtfeld unerfüllt bleibt.</translation>
    </message>
    <message>
        <source>Next, the connection must be set up on the side of the SEPPmail Secure E-Mail Gateway: in the MPKI menu, section “Connector”, choose the MPKI type SECTIGO and enter the values below under “Default parameters”. Activate the automatic renewal of certificates with an overlap of at least 30 days.</source>
        <translation>Als Nächstes muss die Verbindung auf der Seite des SEPPmail Secure E-Mail Gateways eingerichtet werden: Wählen Sie im MPKI-Menü, Abschnitt «Connector», den MPKI-Typ SECTIGO und tragen Sie die untenstehenden Werte unter «Default parameters» ein. Aktivieren Sie die automatische Erneuerung der Zertifikate mit einer Überlappung von mindestens 30 Tagen.</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>StepStatusPanel</name>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Waiting for the steps it needs.</source>
        <translation>Wartet auf die Schritte, die es braucht.</translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation>Noch nicht gestartet.</translation>
    </message>
    <message>
        <source>Last checked: %1 · next check: %2</source>
        <translation>Zuletzt geprüft: %1 · nächste Prüfung: %2</translation>
    </message>
    <message>
        <source>when the wizard runs again</source>
        <translation>wenn der Assistent wieder läuft</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Letzte Änderung: %1</translation>
    </message>
    <message>
        <source>Check no&amp;w</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>You can close the wizard now: it checks again when you open it.</source>
        <translation>Sie können den Assistenten jetzt schließen: Er prüft erneut, wenn Sie ihn öffnen.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Check the account</source>
        <translation>Konto prüfen</translation>
    </message>
    <message>
        <source>Create or adopt the organisation</source>
        <translation>Organisation anlegen oder übernehmen</translation>
    </message>
    <message>
        <source>Validate the organisation (OV S/MIME)</source>
        <translation>Organisation validieren (OV S/MIME)</translation>
    </message>
    <message>
        <source>Delegate and validate the e-mail domains</source>
        <translation>E-Mail-Domains delegieren und validieren</translation>
    </message>
    <message>
        <source>Create or adopt the gateway&apos;s operator</source>
        <translation>Operator des Gateways anlegen oder übernehmen</translation>
    </message>
    <message>
        <source>Change the operator&apos;s temporary password</source>
        <translation>Temporäres Passwort des Operators ändern</translation>
    </message>
    <message>
        <source>Make the operator API-only</source>
        <translation>Operator auf «WS API use only» setzen</translation>
    </message>
    <message>
        <source>Verify the gateway&apos;s credentials</source>
        <translation>Zugangsdaten des Gateways prüfen</translation>
    </message>
    <message>
        <source>Hand the values to the gateway</source>
        <translation>Werte an das Gateway übergeben</translation>
    </message>
</context>
<context>
    <name>TcsGuard</name>
    <message>
        <source>The customer URI &apos;%1&apos; belongs to a GÉANT TCS account. S/MIME issuance for TCS through Sectigo ended on 2025-01-10; TCS certificates now come from HARICA, and SEPPmail&apos;s HARICA connector is the way to connect the gateway. Nothing was changed. If you really mean to set up this legacy Sectigo account, run again with --allow-legacy-tcs.</source>
        <translation>Die Customer URI &apos;%1&apos; gehört zu einem Konto von GÉANT TCS. Die S/MIME-Ausstellung für TCS über Sectigo endete am 2025-01-10; TCS-Zertifikate kommen nun von HARICA, und der HARICA-Connector von SEPPmail ist der Weg, das Gateway anzubinden. Es wurde nichts geändert. Wenn Sie dieses alte Sectigo-Konto wirklich einrichten wollen, führen Sie das Programm erneut mit --allow-legacy-tcs aus.</translation>
    </message>
</context>
<context>
    <name>TrustedCertificates</name>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a certificate file.</source>
        <translation>%1 ist zu groß für eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER). Choose the CA certificate your SCM&apos;s certificate was issued by.</source>
        <translation>%1 enthält kein Zertifikat (PEM oder DER). Wählen Sie das CA-Zertifikat, von dem das Zertifikat Ihres SCM ausgestellt wurde.</translation>
    </message>
    <message>
        <source>A trusted CA certificate kept in %1 is damaged and was skipped; add the certificate file again.</source>
        <translation>Ein in %1 gespeichertes vertrauenswürdiges CA-Zertifikat ist beschädigt und wurde übersprungen; fügen Sie die Zertifikatsdatei erneut hinzu.</translation>
    </message>
    <message>
        <source>The trusted CA certificates could not be saved in %1; they are trusted only until the wizard is closed.</source>
        <translation>Die vertrauenswürdigen CA-Zertifikate konnten nicht in %1 gespeichert werden; ihnen wird nur vertraut, bis der Assistent geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <source>&amp;Request validation</source>
        <translation>Validierung &amp;beantragen</translation>
    </message>
    <message>
        <source>Organisation validation (OV S/MIME: Sectigo checks that the organisation exists) by Sectigo.</source>
        <translation>Validierung der Organisation (OV S/MIME: Sectigo prüft, dass die Organisation existiert) durch Sectigo.</translation>
    </message>
    <message>
        <source>Look for a validation of the organisation; request OV S/MIME validation only when there is none (an expired one is renewed), for “%1” with the identifier %2.</source>
        <translation>Nach einer Validierung der Organisation suchen; eine OV-S/MIME-Validierung nur beantragen, wenn keine besteht (eine abgelaufene wird erneuert), für «%1» mit der Kennung %2.</translation>
    </message>
    <message>
        <source>Wait for Sectigo&apos;s vetting: it can take days. The next steps go on meanwhile.</source>
        <translation>Auf die Prüfung durch Sectigo warten: Sie kann Tage dauern. Die nächsten Schritte laufen derweil weiter.</translation>
    </message>
    <message>
        <source>You can close the wizard while it waits: the next start checks again.</source>
        <translation>Sie können den Assistenten schließen, während er wartet: Beim nächsten Start wird erneut geprüft.</translation>
    </message>
</context>
<context>
    <name>ValidationStep</name>
    <message>
        <source>Reading the organisation&apos;s validations</source>
        <translation>Validierungen der Organisation werden gelesen</translation>
    </message>
    <message>
        <source>Syncing the validation with the CA</source>
        <translation>Validierung wird mit der CA abgeglichen</translation>
    </message>
    <message>
        <source>The organisation&apos;s %1 validation is VALIDATED (id %2).</source>
        <translation>Die %1-Validierung der Organisation ist VALIDATED (ID %2).</translation>
    </message>
    <message>
        <source>(the CA gave no reason)</source>
        <translation>(die CA nannte keinen Grund)</translation>
    </message>
    <message>
        <source>Sectigo refused the organisation&apos;s %1 validation: %2. Correct the organisation&apos;s details with Sectigo, then run again.</source>
        <translation>Sectigo hat die %1-Validierung der Organisation abgelehnt: %2. Korrigieren Sie die Angaben der Organisation mit Sectigo und führen Sie das Programm dann erneut aus.</translation>
    </message>
    <message>
        <source>The organisation&apos;s validation has expired: asking Sectigo to validate it again</source>
        <translation>Die Validierung der Organisation ist abgelaufen: Sectigo wird um eine erneute Validierung gebeten</translation>
    </message>
    <message>
        <source>Re-validating the organisation</source>
        <translation>Organisation wird erneut validiert</translation>
    </message>
    <message>
        <source>Sectigo is vetting the organisation (%1 validation %2, status %3). This is human vetting and can take hours to days; the other steps go on meanwhile. Run again later to continue.</source>
        <translation>Sectigo prüft die Organisation (%1-Validierung %2, Status %3). Dies ist eine manuelle Prüfung und kann Stunden bis Tage dauern; die anderen Schritte laufen derweil weiter. Führen Sie das Programm später erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Submitting the validation needs the CA backend&apos;s id, which only an MRAO admin can read. Run this step as an MRAO admin, or submit the organisation&apos;s validation in SCM&apos;s web page.</source>
        <translation>Zum Einreichen der Validierung braucht es die ID des CA-Backends, die nur ein MRAO-Administrator lesen kann. Führen Sie diesen Schritt als MRAO-Administrator aus oder reichen Sie die Validierung der Organisation auf der Weboberfläche von SCM ein.</translation>
    </message>
    <message>
        <source>Reading the CA backends</source>
        <translation>CA-Backends werden gelesen</translation>
    </message>
    <message>
        <source>SCM lists no CA backend to validate the organisation with.</source>
        <translation>SCM führt kein CA-Backend auf, mit dem die Organisation validiert werden kann.</translation>
    </message>
    <message>
        <source>Submitting the organisation for %1 validation</source>
        <translation>Organisation wird zur %1-Validierung eingereicht</translation>
    </message>
    <message>
        <source>Submitting the validation</source>
        <translation>Validierung wird eingereicht</translation>
    </message>
    <message>
        <source>Submitted the organisation for validation (id %1). Sectigo vets it by hand, which can take hours to days; the other steps go on meanwhile. Run again later to continue.</source>
        <translation>Organisation zur Validierung eingereicht (ID %1). Sectigo prüft sie von Hand, was Stunden bis Tage dauern kann; die anderen Schritte laufen derweil weiter. Führen Sie das Programm später erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Reading the validation&apos;s status</source>
        <translation>Status der Validierung wird gelesen</translation>
    </message>
    <message>
        <source>Sectigo is validating the organisation again (%1). This is human vetting and can take hours to days; mpki-setup looks again from time to time, and at its next start.</source>
        <translation>Sectigo validiert die Organisation erneut (%1). Dies ist eine manuelle Prüfung und kann Stunden bis Tage dauern; mpki-setup schaut von Zeit zu Zeit und beim nächsten Start erneut nach.</translation>
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
        <translation>%1, Laufzeit %2 Tage</translation>
    </message>
    <message>
        <source>%1 (switched on)</source>
        <translation>%1 (eingeschaltet)</translation>
    </message>
    <message>
        <source>Make sure every domain is a managed domain of the gateway (Mail system → Managed domains): %1.</source>
        <translation>Stellen Sie sicher, dass jede Domain eine verwaltete Domain des Gateways ist (Mail system → Managed domains): %1.</translation>
    </message>
    <message>
        <source>Open the gateway&apos;s MPKI menu.</source>
        <translation>Öffnen Sie das MPKI-Menü des Gateways.</translation>
    </message>
    <message>
        <source>In section %1, under %2, select the managed domains %3.</source>
        <translation>Wählen Sie im Abschnitt %1 unter %2 die verwalteten Domains %3 aus.</translation>
    </message>
    <message>
        <source>Under %1, click &quot;%2&quot; and confirm with &quot;Select…&quot;; then save section %3 with &quot;Save&quot;.</source>
        <translation>Klicken Sie unter %1 auf &quot;%2&quot; und bestätigen Sie mit &quot;Select…&quot;; speichern Sie dann den Abschnitt %3 mit &quot;Save&quot;.</translation>
    </message>
    <message>
        <source>In section %1, enter %2, %3 and %4 as listed above, and save.</source>
        <translation>Tragen Sie im Abschnitt %1 %2, %3 und %4 wie oben aufgeführt ein und speichern Sie.</translation>
    </message>
    <message>
        <source>After saving, the gateway loads the choices from Sectigo: choose %1 under %2 and %3 under %4.</source>
        <translation>Nach dem Speichern lädt das Gateway die Auswahl von Sectigo: Wählen Sie %1 unter %2 und %3 unter %4.</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 Tage)</translation>
    </message>
    <message>
        <source>Keep %1 as listed unless your users&apos; names are written surname first.</source>
        <translation>Behalten Sie %1 wie aufgeführt bei, außer die Namen Ihrer Benutzer werden mit dem Nachnamen zuerst geschrieben.</translation>
    </message>
    <message>
        <source>In section %1, switch on automatic renewal with an overlap of at least %2 days: enter %3.</source>
        <translation>Schalten Sie im Abschnitt %1 die automatische Erneuerung mit einer Überlappung von mindestens %2 Tagen ein: Tragen Sie %3 ein.</translation>
    </message>
    <message>
        <source>Finish the MPKI configuration with &quot;Save&quot;.</source>
        <translation>Schließen Sie die MPKI-Konfiguration mit &quot;Save&quot; ab.</translation>
    </message>
    <message>
        <source>Before %1, change the operator&apos;s password in SCM and enter the new one under %2.</source>
        <translation>Ändern Sie vor dem %1 das Passwort des Operators in SCM und tragen Sie das neue unter %2 ein.</translation>
    </message>
    <message>
        <source>In SCM, set the organisation&apos;s &quot;Default profile&quot; to %1 (Organizations → edit the organisation): the SCM REST API has no field for it, and the gateway&apos;s certificate types follow it.</source>
        <translation>Setzen Sie in SCM das &quot;Default profile&quot; der Organisation auf %1 (Organizations → Organisation bearbeiten): Die REST-API von SCM hat dafür kein Feld, und die Zertifikatstypen des Gateways richten sich danach.</translation>
    </message>
    <message>
        <source>The organisation&apos;s &quot;Secret Key&quot; that older guides ask for is gone since SCM 23.6.1: leave it out.</source>
        <translation>Den &quot;Secret Key&quot; der Organisation, den ältere Anleitungen verlangen, gibt es seit SCM 23.6.1 nicht mehr: Lassen Sie ihn weg.</translation>
    </message>
    <message>
        <source>SEPPmail&apos;s REST API has no MPKI settings: the MPKI → Sectigo form is entered by hand as above.</source>
        <translation>Die REST-API von SEPPmail hat keine MPKI-Einstellungen: Das Formular MPKI → Sectigo wird wie oben von Hand ausgefüllt.</translation>
    </message>
    <message>
        <source>SEPPmail MPKI → Sectigo: values</source>
        <translation>SEPPmail MPKI → Sectigo: Werte</translation>
    </message>
    <message>
        <source>Sectigo Certificate Manager: %1, customer URI %2</source>
        <translation>Sectigo Certificate Manager: %1, Customer URI %2</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>From the plan %1</source>
        <translation>Aus dem Plan %1</translation>
    </message>
    <message>
        <source>The operator&apos;s password expires on %1</source>
        <translation>Das Passwort des Operators läuft am %1 ab</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>The gateway&apos;s form, in the page&apos;s order</source>
        <translation>Das Formular des Gateways, in der Reihenfolge der Seite</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The password is masked; &quot;mpki-setup import --show-password&quot; shows it.</source>
        <translation>Das Passwort ist maskiert; &quot;mpki-setup import --show-password&quot; zeigt es an.</translation>
    </message>
    <message>
        <source>Steps on the gateway</source>
        <translation>Schritte auf dem Gateway</translation>
    </message>
    <message>
        <source>What mpki-setup did on the gateway</source>
        <translation>Was mpki-setup auf dem Gateway getan hat</translation>
    </message>
    <message>
        <source>What the REST APIs cannot do</source>
        <translation>Was die REST-APIs nicht können</translation>
    </message>
    <message>
        <source>The values sheet &quot;%1&quot; must end in .pdf or .html.</source>
        <translation>Das Werteblatt &quot;%1&quot; muss auf .pdf oder .html enden.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Check the gateway&apos;s credentials, as the gateway will use them.</source>
        <translation>Die Zugangsdaten des Gateways so prüfen, wie das Gateway sie verwenden wird.</translation>
    </message>
    <message>
        <source>Certificate &amp;type *:</source>
        <translation>Zertifikats&amp;typ *:</translation>
    </message>
    <message>
        <source>S/MIME certificate type</source>
        <translation>S/MIME-Zertifikatstyp</translation>
    </message>
    <message>
        <source>T&amp;erm in days *:</source>
        <translation>&amp;Laufzeit in Tagen *:</translation>
    </message>
    <message>
        <source>Certificate term in days</source>
        <translation>Zertifikatslaufzeit in Tagen</translation>
    </message>
    <message>
        <source>Name the S/MIME certificate type the gateway should order.</source>
        <translation>Geben Sie den S/MIME-Zertifikatstyp an, den das Gateway bestellen soll.</translation>
    </message>
    <message>
        <source>Log in as “%1” with its new password.</source>
        <translation>Als «%1» mit dem neuen Passwort anmelden.</translation>
    </message>
    <message>
        <source>Check that the S/MIME certificate type “%1” with a term of %2 days exists for the organisation.</source>
        <translation>Prüfen, dass der S/MIME-Zertifikatstyp «%1» mit einer Laufzeit von %2 Tagen für die Organisation existiert.</translation>
    </message>
    <message>
        <source>Check that no custom field is mandatory for the REST API.</source>
        <translation>Prüfen, dass kein benutzerdefiniertes Feld für die REST-API obligatorisch ist.</translation>
    </message>
    <message>
        <source>Record when the operator&apos;s password expires.</source>
        <translation>Festhalten, wann das Passwort des Operators abläuft.</translation>
    </message>
    <message>
        <source>This waits until the organisation is validated and the domains are done.</source>
        <translation>Dies wartet, bis die Organisation validiert ist und die Domains erledigt sind.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
</context>
<context>
    <name>VerifyStep</name>
    <message>
        <source>The secret store holds no current password of the operator %1: run the password step first.</source>
        <translation>Der Geheimnisspeicher enthält kein aktuelles Passwort des Operators %1: Führen Sie zuerst den Passwort-Schritt aus.</translation>
    </message>
    <message>
        <source>Checking the operator&apos;s access</source>
        <translation>Zugriff des Operators wird geprüft</translation>
    </message>
    <message>
        <source>The operator %1 does not see the organisation (id %2).</source>
        <translation>Der Operator %1 sieht die Organisation (ID %2) nicht.</translation>
    </message>
    <message>
        <source>certificate.profile: SCM offers the organisation no S/MIME profile named &apos;%1&apos; (offered: %2).</source>
        <translation>certificate.profile: SCM bietet der Organisation kein S/MIME-Profil namens &apos;%1&apos; an (angeboten: %2).</translation>
    </message>
    <message>
        <source>certificate.term: the profile &apos;%1&apos; has no term of %2 days (terms: %3).</source>
        <translation>certificate.term: Das Profil &apos;%1&apos; hat keine Laufzeit von %2 Tagen (Laufzeiten: %3).</translation>
    </message>
    <message>
        <source>SCM requires the custom fields %1 on every S/MIME request over the REST API, which the gateway does not send. In SCM (Settings → Custom Fields) make them optional for the REST API, then run again.</source>
        <translation>SCM verlangt bei jeder S/MIME-Anfrage über die REST-API die benutzerdefinierten Felder %1, die das Gateway nicht sendet. Machen Sie sie in SCM (Settings → Custom Fields) für die REST-API optional und führen Sie das Programm dann erneut aus.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The operator %1 can enrol: profile &apos;%2&apos; (id %3) with %4 days; its password expires: %5.</source>
        <translation>Der Operator %1 kann Zertifikate beantragen: Profil &apos;%2&apos; (ID %3) mit %4 Tagen; sein Passwort läuft ab: %5.</translation>
    </message>
</context>
<context>
    <name>WebPortal</name>
    <message>
        <source>Sectigo Certificate Manager (simulated) - customer %1</source>
        <translation>Sectigo Certificate Manager (simuliert) - Kunde %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Falsches Login oder Passwort.</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>This administrator may use the API only and cannot log in to the web interface. An MRAO can change its type back to STANDARD.</source>
        <translation>Dieser Administrator darf nur die API verwenden und kann sich nicht an der Weboberfläche anmelden. Ein MRAO kann seinen Typ wieder auf STANDARD ändern.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is no customer &apos;%1&apos; here.</source>
        <translation>Hier gibt es keinen Kunden &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>You logged in with a temporary or expired password: set your own password now.</source>
        <translation>Sie haben sich mit einem temporären oder abgelaufenen Passwort angemeldet: Setzen Sie jetzt Ihr eigenes Passwort.</translation>
    </message>
    <message>
        <source>You are logged in. You may change your password here.</source>
        <translation>Sie sind angemeldet. Hier können Sie Ihr Passwort ändern.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Your password has been changed. The API accepts it now.</source>
        <translation>Ihr Passwort wurde geändert. Die API akzeptiert es jetzt.</translation>
    </message>
    <message>
        <source>No such page.</source>
        <translation>Diese Seite gibt es nicht.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins. An MRAO administrator can unlock it by setting a new password.</source>
        <translation>Dieses Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt. Ein MRAO-Administrator kann es entsperren, indem er ein neues Passwort setzt.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Resume the onboarding in progress</source>
        <translation>Laufende Einrichtung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Show the step &amp;overview (re-run a single step)</source>
        <translation>Schritt&amp;übersicht anzeigen (einen einzelnen Schritt wiederholen)</translation>
    </message>
    <message>
        <source>Connect your SEPPmail gateway to Sectigo Certificate Manager</source>
        <translation>Ihr SEPPmail-Gateway mit Sectigo Certificate Manager verbinden</translation>
    </message>
    <message>
        <source>&lt;p&gt;This wizard sets up MPKI access at Sectigo for your SEPPmail Secure E-Mail Gateway. It does through the Certificate Manager&apos;s REST API what the procedure does by hand: it creates the organisation and has it validated, creates the e-mail domains, creates the operator user the gateway logs in as, changes its start password, makes it “WS API use only”, checks that it works, and gives you the values for the gateway&apos;s MPKI → Sectigo page.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What you need:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the Certificate Manager&apos;s address and your customer URI (as supplied by Sectigo)&lt;/li&gt;&lt;li&gt;the admin user provided by Sectigo — an MRAO admin; an RAO admin can do less (it cannot create organisations without that privilege)&lt;/li&gt;&lt;li&gt;the organisation&apos;s details as they will be validated (name, address, country, registration number)&lt;/li&gt;&lt;li&gt;the e-mail domains, and access to their DNS for domain control validation&lt;/li&gt;&lt;li&gt;the gateway&apos;s address (and its REST API token, if you want the managed domains checked)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;You can close the wizard at any time: it remembers where it was.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieser Assistent richtet den MPKI-Zugang bei Sectigo für Ihr SEPPmail Secure E-Mail Gateway ein. Er erledigt über die REST-API des Certificate Managers, was die Anleitung von Hand beschreibt: Er legt die Organisation an und lässt sie validieren, legt die E-Mail-Domains an, legt den Operator-Benutzer an, mit dem sich das Gateway anmeldet, ändert dessen Startpasswort, setzt ihn auf «WS API use only», prüft, dass er funktioniert, und liefert Ihnen die Werte für die Seite MPKI → Sectigo des Gateways.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was Sie brauchen:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;die Adresse des Certificate Managers und Ihre Customer URI (wie von Sectigo geliefert)&lt;/li&gt;&lt;li&gt;den von Sectigo bereitgestellten Administrator — einen MRAO-Administrator; ein RAO-Administrator kann weniger (ohne das entsprechende Recht kann er keine Organisationen anlegen)&lt;/li&gt;&lt;li&gt;die Angaben der Organisation, so wie sie validiert werden sollen (Name, Adresse, Land, Registriernummer)&lt;/li&gt;&lt;li&gt;die E-Mail-Domains und Zugriff auf deren DNS für die Domain-Validierung&lt;/li&gt;&lt;li&gt;die Adresse des Gateways (und sein REST-API-Token, wenn die verwalteten Domains geprüft werden sollen)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Sie können den Assistenten jederzeit schließen: Er merkt sich, wo er stand.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Try it with the built-in simulator</source>
        <translation>Mit dem eingebauten Simulator aus&amp;probieren</translation>
    </message>
    <message>
        <source>Try it with the built-in simulator</source>
        <translation>Mit dem eingebauten Simulator ausprobieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode:&lt;/b&gt; everything runs against the built-in simulator of the Certificate Manager and of the gateway. Nothing leaves this computer; the values are filled in for you.</source>
        <translation>&lt;b&gt;Demo-Modus:&lt;/b&gt; Alles läuft gegen den eingebauten Simulator des Certificate Managers und des Gateways. Nichts verlässt diesen Computer; die Werte sind für Sie ausgefüllt.</translation>
    </message>
    <message>
        <source>No account at hand? The simulator plays the Certificate Manager and the gateway so you can see every step.</source>
        <translation>Kein Konto zur Hand? Der Simulator spielt den Certificate Manager und das Gateway, damit Sie jeden Schritt sehen können.</translation>
    </message>
    <message>
        <source>An onboarding is in progress: %1 of %2 steps done; next: %3.</source>
        <translation>Eine Einrichtung ist in Arbeit: %1 von %2 Schritten erledigt; als Nächstes: %3.</translation>
    </message>
    <message>
        <source>No onboarding in progress.</source>
        <translation>Keine Einrichtung in Arbeit.</translation>
    </message>
    <message>
        <source>Start a ne&amp;w onboarding</source>
        <translation>&amp;Neue Einrichtung starten</translation>
    </message>
    <message>
        <source>Start a new onboarding?</source>
        <translation>Neue Einrichtung starten?</translation>
    </message>
    <message>
        <source>The wizard forgets the onboarding in progress (%1 of %2 steps done) and starts with empty fields. What it created in the Certificate Manager stays there, and the operator&apos;s passwords stay in the keychain. Start a new onboarding?</source>
        <translation>Der Assistent verwirft die laufende Einrichtung (%1 von %2 Schritten erledigt) und beginnt mit leeren Feldern. Was er im Certificate Manager angelegt hat, bleibt dort, und die Passwörter des Operators bleiben im Schlüsselbund. Neue Einrichtung starten?</translation>
    </message>
    <message>
        <source>&amp;Start anew</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Check the connection&apos;s &amp;health…</source>
        <translation>Zustand der &amp;Verbindung prüfen…</translation>
    </message>
    <message>
        <source>Check the connection&apos;s health</source>
        <translation>Zustand der Verbindung prüfen</translation>
    </message>
    <message>
        <source>Is the gateway&apos;s connection to SCM still good, and for how long?</source>
        <translation>Ist die Verbindung des Gateways zu SCM noch in Ordnung, und wie lange noch?</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>“%1” is not an address of Sectigo Certificate Manager. Enter it as https://cert-manager.com or paste the address of your SCM login page.</source>
        <translation>«%1» ist keine Adresse des Sectigo Certificate Manager. Geben Sie sie als https://cert-manager.com ein oder fügen Sie die Adresse Ihrer SCM-Anmeldeseite ein.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Mit %1 als %2 verbunden.</translation>
    </message>
    <message>
        <source>Run “%1” again?</source>
        <translation>«%1» erneut ausführen?</translation>
    </message>
    <message>
        <source>“%1” may create or change objects in Sectigo Certificate Manager. It looks for what exists first and adopts it, so running it again does not make duplicates. Run it again?</source>
        <translation>«%1» kann Objekte im Sectigo Certificate Manager anlegen oder ändern. Der Schritt sucht zuerst nach Bestehendem und übernimmt es, daher entstehen bei erneuter Ausführung keine Duplikate. Erneut ausführen?</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>There is no password change to play.</source>
        <translation>Es gibt keine Passwortänderung zum Durchspielen.</translation>
    </message>
    <message>
        <source>The connector values are not assembled yet: run the Connector step first.</source>
        <translation>Die Connector-Werte sind noch nicht zusammengestellt: Führen Sie zuerst den Connector-Schritt aus.</translation>
    </message>
    <message>
        <source>Values sheet written to %1.</source>
        <translation>Werteblatt nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The plan saved by the last session could not be read (%1); it was kept as %2 and the wizard starts with empty fields.</source>
        <translation>Der in der letzten Sitzung gespeicherte Plan konnte nicht gelesen werden (%1); er wurde als %2 aufbewahrt, und der Assistent beginnt mit leeren Feldern.</translation>
    </message>
    <message>
        <source>The plan saved by the last session could not be read (%1); the wizard starts with empty fields.</source>
        <translation>Der in der letzten Sitzung gespeicherte Plan konnte nicht gelesen werden (%1); der Assistent beginnt mit leeren Feldern.</translation>
    </message>
    <message>
        <source>Correct what is named, then press the page&apos;s button again.</source>
        <translation>Korrigieren Sie das Genannte und klicken Sie dann erneut auf die Schaltfläche der Seite.</translation>
    </message>
    <message>
        <source>The Certificate Manager refused it: ask your MRAO administrator about what is named, then try again.</source>
        <translation>Der Certificate Manager hat dies abgelehnt: Fragen Sie Ihren MRAO-Administrator nach dem Genannten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The Certificate Manager could not be reached: check the network, the proxy and the address, then try again.</source>
        <translation>Der Certificate Manager konnte nicht erreicht werden: Prüfen Sie das Netzwerk, den Proxy und die Adresse und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, the message above says where to look.</source>
        <translation>Versuchen Sie es erneut; tritt der Fehler wieder auf, sagt Ihnen die Meldung oben, wo Sie nachsehen sollten.</translation>
    </message>
    <message>
        <source>%1 is a %2 admin, not an MRAO (the account&apos;s master administrator): it can only create the organisation when it holds the privilege to add organisations, and it cannot choose the validation&apos;s CA backend. If a step is refused, ask your MRAO.</source>
        <translation>%1 ist ein %2-Administrator, kein MRAO (der Hauptadministrator des Kontos): Er kann die Organisation nur anlegen, wenn er das Recht zum Hinzufügen von Organisationen hat, und er kann das CA-Backend der Validierung nicht wählen. Wird ein Schritt abgelehnt, fragen Sie Ihren MRAO.</translation>
    </message>
    <message>
        <source>A connector file is being written already; wait for it.</source>
        <translation>Es wird bereits eine Connector-Datei geschrieben; warten Sie, bis dies abgeschlossen ist.</translation>
    </message>
    <message>
        <source>No onboarding is open: there is nothing to report.</source>
        <translation>Es ist keine Einrichtung geöffnet: Es gibt nichts zu berichten.</translation>
    </message>
    <message>
        <source>Onboarding report written to %1.</source>
        <translation>Einrichtungsbericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>No onboarding is open.</source>
        <translation>Es ist keine Einrichtung geöffnet.</translation>
    </message>
    <message>
        <source>Reset the operator&apos;s password?</source>
        <translation>Passwort des Operators zurücksetzen?</translation>
    </message>
    <message>
        <source>None of the passwords this computer keeps for the operator %1 works (another computer, or a new keychain?). The MRAO admin can set a new one, but then the password configured on the gateway stops working until you give the gateway the new connector values. Reset the operator&apos;s password?</source>
        <translation>Keines der Passwörter, die dieser Computer für den Operator %1 aufbewahrt, funktioniert (anderer Computer oder neuer Schlüsselbund?). Der MRAO-Administrator kann ein neues setzen, aber dann funktioniert das auf dem Gateway konfigurierte Passwort nicht mehr, bis Sie dem Gateway die neuen Connector-Werte geben. Passwort des Operators zurücksetzen?</translation>
    </message>
    <message>
        <source>&amp;Reset the password</source>
        <translation>Passwort zu&amp;rücksetzen</translation>
    </message>
</context>
<context>
    <name>WriteErrors</name>
    <message>
        <source>no space left on the device (%1)</source>
        <translation>kein Speicherplatz mehr auf dem Gerät (%1)</translation>
    </message>
</context>
</TS>
