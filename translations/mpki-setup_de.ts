<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Commands</name>
    <message>
        <source>mpki-setup: &apos;%1&apos; is not part of this build yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects a SEPPmail Secure E-Mail Gateway to a Sectigo Certificate Manager account.

Commands:
  run       run the onboarding procedure headless (mpki-setup run --help)
  status    show the progress of an onboarding (mpki-setup status --help)
  simulate  start the SCM and gateway simulators (mpki-setup simulate --help)
  export    write the connector file (mpki-setup export --help)
  import    read a connector file (mpki-setup import --help)

Without a command, the wizard opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the built-in simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface (de, en, fr, it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the demo through every page and save a PNG of each into DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mpki-setup: the wizard is not part of this build yet.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorConfig</name>
    <message>
        <source>The connector values lack &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values holds something other than names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a date (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the connector values is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector values are for the provider &quot;%1&quot;; this version knows only SECTIGO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer URI is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s login is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation id is not known yet: run the organization step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S/MIME certificate type and term are not known yet: run the verify step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal overlap is %1 days; use at least %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail domain to tick under &quot;MPKI managed domains&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCM instance is %1, not %2. SEPPmail&apos;s Sectigo form has no host field, so the gateway may not reach that instance; ask Sectigo or SEPPmail support before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s password expires on %1: change it in SCM and on the gateway before then, or certificate issuance stops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScmErrorClassifier</name>
    <message>
        <source>The TLS certificate of %1 is not trusted (%2). If the server or a TLS-inspecting proxy uses its own certificate authority, add that CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the SCM server %1: check the address and your DNS or proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCM server %1 refused the connection: check the address and port, and that no firewall blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCM server %1 closed the connection before answering: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed the connection to %1 (%2): check the system proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the SCM server %1 (%2): check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCM at %1 refused the login &quot;%2&quot; for customer URI &quot;%3&quot; (code %4). Check: the password; the customer URI and the SCM instance; that the admin is not IdP-only; that the password has not expired; that this address is not blocked; for a new admin, that its temporary password was changed in the web interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin &quot;%1&quot; may not do %2: it lacks a role or privilege (SCM: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCM does not know what %1 asks for (SCM: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object exists already in SCM (SCM: %1): look it up and use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password does not meet SCM&apos;s password policy (SCM: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCM is busy or asks for fewer requests (%1): try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCM failed with a server error (HTTP %1) on %2 (SCM: %3): try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCM rejected %1 as invalid (SCM: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCM at %1 did not answer %2 %3 within %4 seconds: check the network and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to SCM was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 to %2 %3 is not what SCM sends (%4): check that the base URL points at SCM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; has expired: set a new one (log in at %2/customer/%3/ or ask an MRAO admin) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScmReply</name>
    <message>
        <source>The request to SCM was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcsGuard</name>
    <message>
        <source>The customer URI &apos;%1&apos; belongs to a GÉANT TCS account. S/MIME issuance for TCS through Sectigo ended on 2025-01-10; TCS certificates now come from HARICA, and SEPPmail&apos;s HARICA connector is the way to connect the gateway. Nothing was changed. If you really mean to set up this legacy Sectigo account, run again with --allow-legacy-tcs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
