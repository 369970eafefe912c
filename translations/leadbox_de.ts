<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthErrors</name>
    <message>
        <source>The email address or password is not right. Check both and try again.</source>
        <translation>Die E-Mail-Adresse oder das Passwort stimmt nicht. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the workspace owner or LeadBox support for help.</source>
        <translation>Dieses Konto wurde deaktiviert. Wenden Sie sich an den Inhaber des Arbeitsbereichs oder an den LeadBox-Support.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a few minutes, or reset your password, and try again.</source>
        <translation>Zu viele Anmeldeversuche. Warten Sie einige Minuten oder setzen Sie Ihr Passwort zurück und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>An account with this email address already exists. Sign in instead.</source>
        <translation>Es gibt bereits ein Konto mit dieser E-Mail-Adresse. Melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>This password is too weak. Use at least 6 characters.</source>
        <translation>Dieses Passwort ist zu schwach. Verwenden Sie mindestens 6 Zeichen.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>This password reset link is invalid or has expired. Ask for a new one.</source>
        <translation>Dieser Link zum Zurücksetzen des Passworts ist ungültig oder abgelaufen. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>The sign-in service is not set up correctly (the Firebase API key or project). Check the cloud settings.</source>
        <translation>Der Anmeldedienst ist nicht richtig eingerichtet (Firebase-API-Schlüssel oder -Projekt). Prüfen Sie die Cloud-Einstellungen.</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so LeadBox cannot remember your sign-in.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann sich LeadBox Ihre Anmeldung nicht merken.</translation>
    </message>
    <message>
        <source>LeadBox cannot reach the sign-in service. Check the network, or continue offline.</source>
        <translation>LeadBox erreicht den Anmeldedienst nicht. Prüfen Sie das Netzwerk oder arbeiten Sie offline weiter.</translation>
    </message>
    <message>
        <source>The sign-in service did not answer in time. Try again, or continue offline.</source>
        <translation>Der Anmeldedienst hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut oder arbeiten Sie offline weiter.</translation>
    </message>
    <message>
        <source>The secure connection to the sign-in service failed, so LeadBox did not send your password. Something may be intercepting the connection.</source>
        <translation>Die sichere Verbindung zum Anmeldedienst ist fehlgeschlagen, daher hat LeadBox Ihr Passwort nicht gesendet. Möglicherweise wird die Verbindung abgefangen.</translation>
    </message>
    <message>
        <source>The sign-in service could not complete the request. Try again later.</source>
        <translation>Der Anmeldedienst konnte die Anfrage nicht ausführen. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>CloudConfig</name>
    <message>
        <source>FIREBASE_AUTH_EMULATOR_HOST must be host:port, such as 127.0.0.1:9099, not &quot;%1&quot;.</source>
        <translation>FIREBASE_AUTH_EMULATOR_HOST muss die Form Host:Port haben, etwa 127.0.0.1:9099, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>FIREBASE_AUTH_EMULATOR_HOST names %1, which is not this computer. The emulator speaks plain http, so LeadBox only uses it on a loopback address such as 127.0.0.1.</source>
        <translation>FIREBASE_AUTH_EMULATOR_HOST nennt %1, und das ist nicht dieser Computer. Der Emulator spricht unverschlüsseltes http, daher verwendet LeadBox ihn nur über eine Loopback-Adresse wie 127.0.0.1.</translation>
    </message>
    <message>
        <source>The cloud URL &quot;%1&quot; is not a valid http or https address.</source>
        <translation>Die Cloud-URL &quot;%1&quot; ist keine gültige http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>The cloud URL %1 uses plain http to another computer. LeadBox only connects to the cloud over https; plain http is allowed for this computer (localhost) only.</source>
        <translation>Die Cloud-URL %1 verwendet unverschlüsseltes http zu einem anderen Computer. LeadBox verbindet sich mit der Cloud nur über https; unverschlüsseltes http ist nur für diesen Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <source>The cloud URL &quot;%1&quot; must not carry a user name, a query or a fragment.</source>
        <translation>Die Cloud-URL &quot;%1&quot; darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
</context>
<context>
    <name>CloudError</name>
    <message>
        <source>%1 (request ID %2)</source>
        <translation>%1 (Anfrage-ID %2)</translation>
    </message>
    <message>
        <source>Sign in to use your cloud workspaces.</source>
        <translation>Melden Sie sich an, um Ihre Cloud-Arbeitsbereiche zu verwenden.</translation>
    </message>
    <message>
        <source>The LeadBox cloud sent an answer LeadBox does not understand.</source>
        <translation>Die LeadBox-Cloud hat eine Antwort gesendet, die LeadBox nicht versteht.</translation>
    </message>
    <message>
        <source>LeadBox cannot reach the LeadBox cloud. Check the network; your work stays on this computer until then.</source>
        <translation>LeadBox erreicht die LeadBox-Cloud nicht. Prüfen Sie das Netzwerk; Ihre Arbeit bleibt bis dahin auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>“%1” is not a mapping; write COLUMN=FIELD, e.g. &quot;Work Email=email&quot;.</source>
        <translation>„%1“ ist keine Zuordnung; schreiben Sie SPALTE=FELD, z. B. &quot;Work Email=email&quot;.</translation>
    </message>
    <message>
        <source>The file has no column “%1”. Its columns are: %2.</source>
        <translation>Die Datei hat keine Spalte „%1“. Ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <source>Cannot map a column to “%1”; use email, first-name, last-name, company, phone, status, tags, source, created, custom:NAME or ignore.</source>
        <translation>Eine Spalte kann nicht „%1“ zugeordnet werden; verwenden Sie email, first-name, last-name, company, phone, status, tags, source, created, custom:NAME oder ignore.</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Benutzerdefiniert: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A quoted field is not closed; it runs to the end of the file.</source>
        <translation>Ein Feld in Anführungszeichen wird nicht geschlossen; es reicht bis zum Dateiende.</translation>
    </message>
    <message>
        <source>Field %1 is longer than %2 characters.</source>
        <translation>Feld %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The row has more than %1 fields.</source>
        <translation>Die Zeile hat mehr als %1 Felder.</translation>
    </message>
    <message>
        <source>“%1” looks like a binary file, not CSV.</source>
        <translation>„%1“ sieht nach einer Binärdatei aus, nicht nach CSV.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not CSV.</source>
        <translation>Das sieht nach einer Binärdatei aus, nicht nach CSV.</translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 text. Save the file as UTF-8 (“CSV UTF-8” in Excel) and import it again.</source>
        <translation>Zeile %1 ist kein gültiger %2-Text. Speichern Sie die Datei als UTF-8 („CSV UTF-8“ in Excel) und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>CustomFieldRepository</name>
    <message>
        <source>A custom field needs a name.</source>
        <translation>Ein benutzerdefiniertes Feld braucht einen Namen.</translation>
    </message>
    <message>
        <source>A custom field&apos;s name can have at most %1 characters.</source>
        <translation>Der Name eines benutzerdefinierten Felds darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>“%1” is already a standard lead field.</source>
        <translation>„%1“ ist bereits ein Standardfeld für Leads.</translation>
    </message>
    <message>
        <source>There is already a custom field named “%1”.</source>
        <translation>Es gibt bereits ein benutzerdefiniertes Feld namens „%1“.</translation>
    </message>
    <message>
        <source>A workspace can have at most %1 custom fields.</source>
        <translation>Ein Arbeitsbereich kann höchstens %1 benutzerdefinierte Felder haben.</translation>
    </message>
    <message>
        <source>%1 must be a number, not “%2”.</source>
        <translation>%1 muss eine Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a date such as 2026-11-29, not “%2”.</source>
        <translation>%1 muss ein Datum wie 2026-11-29 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not “%3”.</source>
        <translation>%1 muss einer der Werte %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not “%2”.</source>
        <translation>%1 muss ja oder nein sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>A choice can have at most %1 characters.</source>
        <translation>Ein Auswahlwert darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>„%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation>Ein Auswahlfeld braucht mindestens einen Auswahlwert.</translation>
    </message>
    <message>
        <source>A choice field can have at most %1 choices.</source>
        <translation>Ein Auswahlfeld kann höchstens %1 Auswahlwerte haben.</translation>
    </message>
    <message>
        <source>%1 is too long: the limit is %2 characters.</source>
        <translation>%1 ist zu lang: erlaubt sind höchstens %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>CustomFieldType</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Ja/Nein</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Cannot use %1 as a data folder: a file of that name is in the way.</source>
        <translation>%1 kann nicht als Datenordner verwendet werden: Dort befindet sich bereits eine Datei mit diesem Namen.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Check that its parent exists and is writable, or choose another with --data-dir.</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden. Prüfen Sie, ob der übergeordnete Ordner existiert und beschreibbar ist, oder wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable. Choose another with --data-dir.</source>
        <translation>Der Datenordner %1 ist nicht beschreibbar. Wählen Sie mit --data-dir einen anderen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: it is a folder, not a workspace file.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Cannot create the workspace file %1: %2.</source>
        <translation>Die Arbeitsbereichsdatei %1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot open the workspace file %1: %2.</source>
        <translation>Die Arbeitsbereichsdatei %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a LeadBox workspace. It was left unchanged.</source>
        <translation>%1 ist eine Datenbank, aber kein LeadBox-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of LeadBox (data format %2; this version reads up to %3). Update LeadBox to open it. The file was left unchanged.</source>
        <translation>%1 wurde von einer neueren LeadBox-Version geschrieben (Datenformat %2; diese Version liest bis Format %3). Aktualisieren Sie LeadBox, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not save to %1: the disk is full (simulated).</source>
        <translation>Speichern in %1 fehlgeschlagen: Der Datenträger ist voll (simuliert).</translation>
    </message>
    <message>
        <source>%1 is not a LeadBox workspace file, or it is damaged. It was left unchanged.</source>
        <translation>%1 ist keine LeadBox-Arbeitsbereichsdatei oder ist beschädigt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged (%2). Restore it from a backup, or sync it again from the cloud.</source>
        <translation>Die Arbeitsbereichsdatei %1 ist beschädigt (%2). Stellen Sie sie aus einer Sicherung wieder her oder synchronisieren Sie sie erneut aus der Cloud.</translation>
    </message>
    <message>
        <source>Could not save to %1: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Speichern in %1 fehlgeschlagen: Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not save to %1: the file is read-only.</source>
        <translation>Speichern in %1 fehlgeschlagen: Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 is busy in another program. Try again in a moment.</source>
        <translation>%1 wird gerade von einem anderen Programm verwendet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not read or write %1: %2.</source>
        <translation>%1 konnte nicht gelesen oder geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The workspace store %1 reported an error: %2.</source>
        <translation>Der Arbeitsbereichsspeicher %1 hat einen Fehler gemeldet: %2.</translation>
    </message>
</context>
<context>
    <name>ImportRowBuilder</name>
    <message>
        <source>Unknown status “%1”; use new, contacted, qualified, customer or lost.</source>
        <translation>Unbekannter Status „%1“; verwenden Sie new, contacted, qualified, customer oder lost.</translation>
    </message>
    <message>
        <source>“%1” is not a date LeadBox can read; use a form such as 2026-11-29.</source>
        <translation>„%1“ ist kein Datum, das LeadBox lesen kann; verwenden Sie eine Form wie 2026-11-29.</translation>
    </message>
</context>
<context>
    <name>LeadColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Show &amp;All Columns</source>
        <translation>&amp;Alle Spalten anzeigen</translation>
    </message>
</context>
<context>
    <name>LeadCommands</name>
    <message>
        <source>Add lead %1</source>
        <translation>Lead %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit lead %1</source>
        <translation>Lead %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lead(s)</source>
        <translation>
            <numerusform>%n Lead löschen</numerusform>
            <numerusform>%n Leads löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. No file was written.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>LeadField</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>LeadFilter</name>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>created %1 – %2</source>
        <translation>erstellt %1 – %2</translation>
    </message>
</context>
<context>
    <name>LeadHistory</name>
    <message>
        <source>tags (%1)</source>
        <translation>Tags (%1)</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Erstellt.</translation>
    </message>
    <message>
        <source>Edited: %1.</source>
        <translation>Bearbeitet: %1.</translation>
    </message>
    <message>
        <source>Updated by an import: %1.</source>
        <translation>Durch einen Import aktualisiert: %1.</translation>
    </message>
    <message>
        <source>Restored after being deleted.</source>
        <translation>Nach dem Löschen wiederhergestellt.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Einwilligung widerrufen.</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importiert aus %1.</translation>
    </message>
    <message>
        <source>Say on what basis you may email this person, e.g. “Asked in person”.</source>
        <translation>Geben Sie an, auf welcher Grundlage Sie dieser Person E-Mails senden dürfen, z. B. „Persönlich gefragt“.</translation>
    </message>
</context>
<context>
    <name>LeadImporter</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file.</source>
        <translation>%1 ist ein Ordner; wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; LeadBox imports files of up to %3 MB. Split it into smaller files and import them one after another.</source>
        <translation>%1 ist %2 MB groß; LeadBox importiert Dateien bis %3 MB. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese nacheinander.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>Cannot import %1: %2.</source>
        <translation>%1 kann nicht importiert werden: %2.</translation>
    </message>
    <message>
        <source>No column of %1 holds email addresses. Its columns are: %2. Map one to email, e.g. --map &quot;Work Email=email&quot;.</source>
        <translation>Keine Spalte von %1 enthält E-Mail-Adressen. Ihre Spalten sind: %2. Ordnen Sie eine davon email zu, z. B. --map &quot;Work Email=email&quot;.</translation>
    </message>
    <message>
        <source>The email could not be matched to the existing lead.</source>
        <translation>Die E-Mail-Adresse konnte dem vorhandenen Lead nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>Could not read %1 to the end: %2. Nothing was imported.</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden: %2. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>LeadJson</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 muss Text sein.</translation>
    </message>
    <message>
        <source>A lead must be a JSON object.</source>
        <translation>Ein Lead muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>Unbekannter Status „%1“.</translation>
    </message>
    <message>
        <source>Tags must be a list of text.</source>
        <translation>Tags müssen eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>A lead&apos;s id must be text.</source>
        <translation>Die ID eines Leads muss Text sein.</translation>
    </message>
    <message>
        <source>A lead&apos;s version must be a whole number.</source>
        <translation>Die Version eines Leads muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Custom fields must be a JSON object.</source>
        <translation>Benutzerdefinierte Felder müssen ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Keine Einwilligung erfasst</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>%1 is too long: %2 characters, the limit is %3.</source>
        <translation>%1 ist zu lang: %2 Zeichen, erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <source>%1 contains invisible control characters.</source>
        <translation>%1 enthält unsichtbare Steuerzeichen.</translation>
    </message>
    <message>
        <source>Email is required.</source>
        <translation>Bitte geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Phone may contain only digits, spaces and + ( ) - . / x.</source>
        <translation>Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) - . / x enthalten.</translation>
    </message>
    <message>
        <source>A lead can have at most %1 tags.</source>
        <translation>Ein Lead kann höchstens %1 Tags haben.</translation>
    </message>
    <message>
        <source>The tag “%1…” is too long; the limit is %2 characters.</source>
        <translation>Das Tag „%1…“ ist zu lang; erlaubt sind höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>Tags cannot contain commas or control characters.</source>
        <translation>Tags dürfen keine Kommas oder Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>Logging</name>
    <message>
        <source>Cannot write the log file in %1: %2</source>
        <translation>Die Protokolldatei in %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>view leads</source>
        <translation>Leads ansehen</translation>
    </message>
    <message>
        <source>edit leads</source>
        <translation>Leads bearbeiten</translation>
    </message>
    <message>
        <source>import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>export leads</source>
        <translation>Leads exportieren</translation>
    </message>
    <message>
        <source>view the team</source>
        <translation>das Team ansehen</translation>
    </message>
    <message>
        <source>manage the team</source>
        <translation>das Team verwalten</translation>
    </message>
    <message>
        <source>transfer ownership</source>
        <translation>die Inhaberschaft übertragen</translation>
    </message>
    <message>
        <source>manage billing</source>
        <translation>die Abrechnung verwalten</translation>
    </message>
    <message>
        <source>set up the sender</source>
        <translation>den Absender einrichten</translation>
    </message>
    <message>
        <source>manage webforms</source>
        <translation>Webformulare verwalten</translation>
    </message>
    <message>
        <source>manage triggers</source>
        <translation>Trigger verwalten</translation>
    </message>
    <message>
        <source>edit campaigns</source>
        <translation>Kampagnen bearbeiten</translation>
    </message>
    <message>
        <source>send campaigns</source>
        <translation>Kampagnen senden</translation>
    </message>
    <message>
        <source>Your role in this workspace (%1) cannot %2. Ask an owner or admin.</source>
        <translation>Mit Ihrer Rolle in diesem Arbeitsbereich (%1) können Sie nicht %2. Fragen Sie einen Inhaber oder Administrator.</translation>
    </message>
</context>
<context>
    <name>PushResultApplier</name>
    <message>
        <source>The cloud refused a change to %1: %2</source>
        <translation>Die Cloud hat eine Änderung an %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>RejectedRowsFile</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. No file was written.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Eine gespeicherte Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>A view&apos;s name can have at most %1 characters.</source>
        <translation>Der Name einer Ansicht darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>There is already a view named “%1”.</source>
        <translation>Es gibt bereits eine Ansicht namens „%1“.</translation>
    </message>
</context>
<context>
    <name>SearchIndexBuilder</name>
    <message>
        <source>Could not copy the search index: %1.</source>
        <translation>Der Suchindex konnte nicht kopiert werden: %1.</translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Syncing with LeadBox Cloud now.</source>
        <translation>Synchronisiert gerade mit LeadBox Cloud.</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Synced with LeadBox Cloud at %1.</source>
        <translation>Mit LeadBox Cloud synchronisiert um %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline: LeadBox Cloud cannot be reached. Your changes are kept here and sync when the connection is back.</source>
        <translation>Offline: LeadBox Cloud ist nicht erreichbar. Ihre Änderungen bleiben hier gespeichert und werden synchronisiert, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>Sync error (request ID %1)</source>
        <translation>Synchronisierungsfehler (Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisierung angehalten: %1</translation>
    </message>
    <message>
        <source>Sync stopped: %1 Request ID: %2.</source>
        <translation>Synchronisierung angehalten: %1 Anfrage-ID: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here wait to be sent.</source>
        <translation>
            <numerusform>%n Änderung von hier wartet auf das Senden.</numerusform>
            <numerusform>%n Änderungen von hier warten auf das Senden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for you to choose a value (Conflicts page).</source>
        <translation>
            <numerusform>%n Konflikt wartet auf Ihre Wahl eines Werts (Seite Konflikte).</numerusform>
            <numerusform>%n Konflikte warten auf Ihre Wahl eines Werts (Seite Konflikte).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>Local workspace</source>
        <translation>Lokaler Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>leadbox::AccountContext</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Could not delete all cached data in %1.</source>
        <translation>Nicht alle zwischengespeicherten Daten in %1 konnten gelöscht werden.</translation>
    </message>
    <message>
        <source>Sign in to open the workspace “%1”.</source>
        <translation>Melden Sie sich an, um den Arbeitsbereich „%1“ zu öffnen.</translation>
    </message>
</context>
<context>
    <name>leadbox::AccountController</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in to open your team’s cloud workspaces</source>
        <translation>Anmelden, um die Cloud-Arbeitsbereiche Ihres Teams zu öffnen</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>Ab&amp;melden…</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>Signed Out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>%1

You are signed out. Changes you made stay on this computer; sign in again from the File menu.</source>
        <translation>%1

Sie sind abgemeldet. Ihre Änderungen bleiben auf diesem Computer; melden Sie sich über das Menü Datei wieder an.</translation>
    </message>
    <message>
        <source>Working offline: %1</source>
        <translation>Offline-Betrieb: %1</translation>
    </message>
    <message>
        <source>%1

Changes you made stay in this workspace on this computer for your next sign-in.</source>
        <translation>%1

Ihre Änderungen bleiben in diesem Arbeitsbereich auf diesem Computer, bis Sie sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Working offline. Sign in from the File menu when the network is back.</source>
        <translation>Offline-Betrieb. Melden Sie sich über das Menü Datei an, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1?

Also remove this account’s workspaces from this computer? Choose Yes to remove them (changes not yet synced are lost), No to keep them for your next sign-in, or Cancel to stay signed in. The Local workspace is always kept.</source>
        <translation>%1 abmelden?

Die Arbeitsbereiche dieses Kontos auch von diesem Computer entfernen? Wählen Sie Ja, um sie zu entfernen (noch nicht synchronisierte Änderungen gehen verloren), Nein, um sie für die nächste Anmeldung zu behalten, oder Abbrechen, um angemeldet zu bleiben. Der lokale Arbeitsbereich bleibt immer erhalten.</translation>
    </message>
    <message>
        <source>Signed out; this account’s data was removed from this computer.</source>
        <translation>Abgemeldet; die Daten dieses Kontos wurden von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>The cloud sent a workspace list LeadBox cannot read.</source>
        <translation>Die Cloud hat eine Liste der Arbeitsbereiche gesendet, die LeadBox nicht lesen kann.</translation>
    </message>
    <message>
        <source>Could not list your workspaces: %1</source>
        <translation>Ihre Arbeitsbereiche konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>You no longer belong to %1; showing the Local workspace.</source>
        <translation>Sie gehören nicht mehr zu %1; der lokale Arbeitsbereich wird angezeigt.</translation>
    </message>
    <message>
        <source>Switch Workspace</source>
        <translation>Arbeitsbereich wechseln</translation>
    </message>
    <message>
        <source>Sign out of %1</source>
        <translation>%1 abmelden</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (offline)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>leadbox::CloudClient</name>
    <message>
        <source>No LeadBox cloud is set up; LeadBox works offline.</source>
        <translation>Es ist keine LeadBox-Cloud eingerichtet; LeadBox arbeitet offline.</translation>
    </message>
    <message>
        <source>The LeadBox cloud sent an answer LeadBox does not understand.</source>
        <translation>Die LeadBox-Cloud hat eine Antwort gesendet, die LeadBox nicht versteht.</translation>
    </message>
</context>
<context>
    <name>leadbox::CloudSettingsDialog</name>
    <message>
        <source>Cloud connection</source>
        <translation>Cloud-Verbindung</translation>
    </message>
    <message>
        <source>LeadBox Cloud keeps a team&apos;s workspaces and signs people in with Firebase. Leave the cloud URL empty to work offline with the Local workspace only.</source>
        <translation>Die LeadBox-Cloud verwaltet die Arbeitsbereiche eines Teams und meldet Personen über Firebase an. Lassen Sie die Cloud-URL leer, um offline nur mit dem lokalen Arbeitsbereich zu arbeiten.</translation>
    </message>
    <message>
        <source>https://cloud.example.com (empty: offline only)</source>
        <translation>https://cloud.example.com (leer: nur offline)</translation>
    </message>
    <message>
        <source>Cloud &amp;URL:</source>
        <translation>Cloud-&amp;URL:</translation>
    </message>
    <message>
        <source>Firebase API &amp;key:</source>
        <translation>Firebase-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Firebase &amp;project:</source>
        <translation>Firebase-&amp;Projekt:</translation>
    </message>
    <message>
        <source>LeadBox uses the new connection the next time it starts.</source>
        <translation>LeadBox verwendet die neue Verbindung beim nächsten Start.</translation>
    </message>
    <message>
        <source>Set by %1, which comes before this setting. LeadBox keeps the value saved here for when %1 is not set.</source>
        <translation>Durch %1 festgelegt, das Vorrang vor dieser Einstellung hat. LeadBox behält den hier gespeicherten Wert für den Fall, dass %1 nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>LeadBox will connect to %1.</source>
        <translation>LeadBox wird sich mit %1 verbinden.</translation>
    </message>
    <message>
        <source>Without a cloud URL LeadBox works offline, with the Local workspace only.</source>
        <translation>Ohne Cloud-URL arbeitet LeadBox offline und nur mit dem lokalen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Without a Firebase API key LeadBox cannot sign in and works offline.</source>
        <translation>Ohne Firebase-API-Schlüssel kann LeadBox nicht anmelden und arbeitet offline.</translation>
    </message>
    <message>
        <source>LeadBox cannot save the settings file %1. Check that the folder is writable and try again.</source>
        <translation>LeadBox kann die Einstellungsdatei %1 nicht speichern. Prüfen Sie, ob der Ordner beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>leadbox::ConflictListModel</name>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Cloud value</source>
        <translation>Wert in der Cloud</translation>
    </message>
    <message>
        <source>Changed in the cloud by</source>
        <translation>In der Cloud geändert von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>leadbox::ConflictRepository</name>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>There is no sync conflict %1; it may have been resolved already.</source>
        <translation>Es gibt keinen Synchronisierungskonflikt %1; vielleicht wurde er schon gelöst.</translation>
    </message>
</context>
<context>
    <name>leadbox::ConflictsPage</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>No conflicts.

When you and a teammate change the same field of a lead before syncing, both values show here and you choose which one to keep.</source>
        <translation>Keine Konflikte.

Wenn Sie und jemand aus Ihrem Team vor dem Synchronisieren dasselbe Feld eines Leads ändern, erscheinen hier beide Werte und Sie wählen, welcher bleibt.</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>Send your value to the cloud over your teammate&apos;s</source>
        <translation>Ihren Wert statt des Werts Ihres Teammitglieds in die Cloud senden</translation>
    </message>
    <message>
        <source>Keep &amp;Cloud&apos;s</source>
        <translation>Wert der &amp;Cloud behalten</translation>
    </message>
    <message>
        <source>Take the cloud&apos;s value and drop yours</source>
        <translation>Den Wert der Cloud übernehmen und Ihren verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed both here and by a teammate. Nothing is lost: choose which value to keep for each, and the choice syncs.</source>
        <translation>
            <numerusform>%n Feld wurde hier und von jemand aus Ihrem Team geändert. Nichts geht verloren: Wählen Sie, welcher Wert bleibt; die Wahl wird synchronisiert.</numerusform>
            <numerusform>%n Felder wurden hier und von jemand aus Ihrem Team geändert. Nichts geht verloren: Wählen Sie für jedes, welcher Wert bleibt; die Wahl wird synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve Conflict</source>
        <translation>Konflikt lösen</translation>
    </message>
</context>
<context>
    <name>leadbox::ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>Record how this person agreed to hear from you. LeadBox keeps the record for as long as the lead exists.</source>
        <translation>Erfassen Sie, wie diese Person eingewilligt hat, von Ihnen zu hören. LeadBox bewahrt den Eintrag auf, solange der Lead existiert.</translation>
    </message>
    <message>
        <source>Asked in person</source>
        <translation>Persönlich gefragt</translation>
    </message>
    <message>
        <source>Signed a paper form</source>
        <translation>Papierformular unterschrieben</translation>
    </message>
    <message>
        <source>Asked by phone</source>
        <translation>Telefonisch gefragt</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>Bestandskunde</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Grundlage:</translation>
    </message>
    <message>
        <source>e.g. Trade fair 2026, booth 12</source>
        <translation>z. B. Messe 2026, Stand 12</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>What the person was told they would receive</source>
        <translation>Was der Person über den Inhalt der Zusendungen gesagt wurde</translation>
    </message>
    <message>
        <source>Text shown:</source>
        <translation>Angezeigter Text:</translation>
    </message>
</context>
<context>
    <name>leadbox::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer, so LeadBox cannot remember your sign-in. Start your desktop&apos;s keyring (Secret Service), or sign in again each time.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann sich LeadBox Ihre Anmeldung nicht merken. Starten Sie den Schlüsselbund Ihres Desktops (Secret Service) oder melden Sie sich jedes Mal neu an.</translation>
    </message>
    <message>
        <source>LeadBox cannot store a sign-in without an account.</source>
        <translation>LeadBox kann keine Anmeldung ohne Konto speichern.</translation>
    </message>
    <message>
        <source>No saved sign-in was found in the keychain.</source>
        <translation>Im Schlüsselbund wurde keine gespeicherte Anmeldung gefunden.</translation>
    </message>
    <message>
        <source>The keychain refused LeadBox access, so LeadBox cannot remember your sign-in.</source>
        <translation>Der Schlüsselbund hat LeadBox den Zugriff verweigert, daher kann sich LeadBox Ihre Anmeldung nicht merken.</translation>
    </message>
</context>
<context>
    <name>leadbox::CustomFieldForm</name>
    <message>
        <source>Add custom field</source>
        <translation>Benutzerdefiniertes Feld hinzufügen</translation>
    </message>
    <message>
        <source>Rename custom field</source>
        <translation>Benutzerdefiniertes Feld umbenennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Budget</source>
        <translation>z. B. Budget</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahlwerte</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Ein Auswahlwert pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Auswahlwerte:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>leadbox::CustomFieldsDialog</name>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Custom fields keep more about each lead, such as a budget or a renewal date. Each one is a column in the leads table and a field in the lead form.</source>
        <translation>Benutzerdefinierte Felder speichern weitere Angaben zu jedem Lead, etwa ein Budget oder ein Verlängerungsdatum. Jedes ist eine Spalte in der Lead-Tabelle und ein Feld im Lead-Formular.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahlwerte</translation>
    </message>
    <message>
        <source>No custom fields yet. Click Add… to make one.</source>
        <translation>Noch keine benutzerdefinierten Felder. Klicken Sie auf „Hinzufügen…“, um eines anzulegen.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>No lead has a value for it yet.</source>
        <translation>Noch kein Lead hat einen Wert dafür.</translation>
    </message>
    <message>
        <source>Its value is deleted from every lead that has one (%1 now). This cannot be undone.</source>
        <translation>Sein Wert wird aus jedem Lead gelöscht, der einen hat (derzeit %1). Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete custom field</source>
        <translation>Benutzerdefiniertes Feld löschen</translation>
    </message>
    <message>
        <source>Delete the custom field “%1”?</source>
        <translation>Das benutzerdefinierte Feld „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>leadbox::ExportController</name>
    <message>
        <source>Export Leads</source>
        <translation>Leads exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting leads to %1…</source>
        <translation>Leads werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>%Ln Lead nach %1 exportiert.</numerusform>
            <numerusform>%Ln Leads nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadbox::ExportWorker</name>
    <message>
        <source>The export stopped unexpectedly (%1). No file was written.</source>
        <translation>Der Export wurde unerwartet beendet (%1). Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>leadbox::FilterBar</name>
    <message>
        <source>Status: any</source>
        <translation>Status: beliebig</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>Einwilligung: beliebig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Field: any</source>
        <translation>Feld: beliebig</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>leadbox::HttpClient</name>
    <message>
        <source>The answer from %1 was larger than %2 MB, so LeadBox did not read it.</source>
        <translation>Die Antwort von %1 war größer als %2 MB, daher hat LeadBox sie nicht gelesen.</translation>
    </message>
    <message>
        <source>LeadBox cannot reach %1. Check the network connection.</source>
        <translation>LeadBox erreicht %1 nicht. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed, so LeadBox did not send anything. The certificate may be wrong, or something is intercepting the connection.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen, daher hat LeadBox nichts gesendet. Das Zertifikat ist möglicherweise falsch, oder die Verbindung wird abgefangen.</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 hat mit einem Fehler geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent an answer LeadBox does not understand.</source>
        <translation>%1 hat eine Antwort gesendet, die LeadBox nicht versteht.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>leadbox::ImportFilePage</name>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>senkrechte Striche</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark</source>
        <translation>UTF-8 mit Byte-Order-Mark</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (Little Endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (Big Endian)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Import leads from a CSV file, such as an export from a spreadsheet, HubSpot, Mailchimp or Google Contacts.</source>
        <translation>Importieren Sie Leads aus einer CSV-Datei, etwa einem Export aus einer Tabellenkalkulation, HubSpot, Mailchimp oder Google Kontakte.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Path of a CSV file</source>
        <translation>Pfad einer CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>Die ersten Zeilen:</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Import Leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 has no header row. The first row must name the columns, such as “email,first_name”.</source>
        <translation>%1 hat keine Kopfzeile. Die erste Zeile muss die Spalten benennen, etwa „email,first_name“.</translation>
    </message>
    <message>
        <source>%1 · %2 · columns separated by %3 · encoded as %4</source>
        <translation>%1 · %2 · Spalten getrennt durch %3 · kodiert als %4</translation>
    </message>
    <message>
        <source>The file has a header row but no leads.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Leads.</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Die ersten Zeilen der Datei:</translation>
    </message>
</context>
<context>
    <name>leadbox::ImportMappingPage</name>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose where each column of the file goes. Columns set to “Ignore” are not imported.</source>
        <translation>Wählen Sie, wohin jede Spalte der Datei übernommen wird. Spalten mit „Ignorieren“ werden nicht importiert.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Name of the new custom field for “%1”</source>
        <translation>Name des neuen benutzerdefinierten Felds für „%1“</translation>
    </message>
    <message>
        <source>Name of the new field</source>
        <translation>Name des neuen Felds</translation>
    </message>
    <message>
        <source>Import “%1” as</source>
        <translation>„%1“ importieren als</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>New custom field…</source>
        <translation>Neues benutzerdefiniertes Feld…</translation>
    </message>
    <message>
        <source>Map a column to Email to continue: every lead needs an email address.</source>
        <translation>Ordnen Sie eine Spalte „E-Mail“ zu, um fortzufahren: Jeder Lead braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Name the new custom field for “%1”.</source>
        <translation>Geben Sie dem neuen benutzerdefinierten Feld für „%1“ einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is already a lead field; choose it in the list for “%2”, or give the new field another name.</source>
        <translation>„%1“ ist bereits ein Lead-Feld; wählen Sie es in der Liste für „%2“ aus oder geben Sie dem neuen Feld einen anderen Namen.</translation>
    </message>
    <message>
        <source>A workspace can have at most %1 custom fields; import fewer columns as new fields.</source>
        <translation>Ein Arbeitsbereich kann höchstens %1 benutzerdefinierte Felder haben; importieren Sie weniger Spalten als neue Felder.</translation>
    </message>
    <message>
        <source>“%1” and “%2” both go to %3; the later column’s value is used.</source>
        <translation>„%1“ und „%2“ werden beide %3 zugeordnet; der Wert der späteren Spalte wird verwendet.</translation>
    </message>
</context>
<context>
    <name>leadbox::ImportOptionsPage</name>
    <message>
        <source>Duplicates and consent</source>
        <translation>Duplikate und Einwilligung</translation>
    </message>
    <message>
        <source>Choose what happens to people who are already in the workspace, and record how the people in this file agreed to hear from you.</source>
        <translation>Wählen Sie, was mit Personen geschieht, die bereits im Arbeitsbereich sind, und erfassen Sie, wie die Personen in dieser Datei eingewilligt haben, von Ihnen zu hören.</translation>
    </message>
    <message>
        <source>When an email is already in the workspace or earlier in the file</source>
        <translation>Wenn eine E-Mail-Adresse bereits im Arbeitsbereich oder weiter oben in der Datei vorkommt</translation>
    </message>
    <message>
        <source>&amp;Skip the row and keep the lead as it is</source>
        <translation>Zeile &amp;überspringen und Lead unverändert lassen</translation>
    </message>
    <message>
        <source>&amp;Fill in the lead’s empty fields from the file</source>
        <translation>Leere Felder des Leads aus der Datei &amp;ergänzen</translation>
    </message>
    <message>
        <source>&amp;Overwrite the lead’s fields with the file’s values</source>
        <translation>Felder des Leads mit den Werten aus der Datei über&amp;schreiben</translation>
    </message>
    <message>
        <source>Tags from the file are added to the lead’s tags unless the row is skipped.</source>
        <translation>Tags aus der Datei werden zu den Tags des Leads hinzugefügt, sofern die Zeile nicht übersprungen wird.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Consent basis</source>
        <translation>Grundlage der Einwilligung</translation>
    </message>
    <message>
        <source>Consent given (opt-in form)</source>
        <translation>Einwilligung erteilt (Opt-in-Formular)</translation>
    </message>
    <message>
        <source>Consent given (event sign-up)</source>
        <translation>Einwilligung erteilt (Anmeldung zu einer Veranstaltung)</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>Bestandskunde</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <source>How these people agreed to hear from you</source>
        <translation>Wie diese Personen eingewilligt haben, von Ihnen zu hören</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Quelle der Einwilligung</translation>
    </message>
    <message>
        <source>e.g. Trade show 2026 sign-up sheet</source>
        <translation>z. B. Anmeldeliste Messe 2026</translation>
    </message>
    <message>
        <source>Text shown when they agreed</source>
        <translation>Bei der Einwilligung angezeigter Text</translation>
    </message>
    <message>
        <source>What they were told when they agreed, if you know it</source>
        <translation>Was ihnen bei der Einwilligung gesagt wurde, falls bekannt</translation>
    </message>
    <message>
        <source>B&amp;asis:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Text shown:</source>
        <translation>Angezeigter &amp;Text:</translation>
    </message>
    <message>
        <source>With no basis, no consent is recorded, and the source and text are not kept. Campaigns reach only leads with recorded consent, so these leads will not receive them.</source>
        <translation>Ohne Grundlage wird keine Einwilligung erfasst, und Quelle und Text werden nicht gespeichert. Kampagnen erreichen nur Leads mit erfasster Einwilligung, diese Leads erhalten sie also nicht.</translation>
    </message>
    <message>
        <source>Every lead this import adds or updates will show this consent, dated today.</source>
        <translation>Jeder Lead, den dieser Import hinzufügt oder aktualisiert, erhält diese Einwilligung mit dem heutigen Datum.</translation>
    </message>
</context>
<context>
    <name>leadbox::ImportProgressPage</name>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>The workspace changes only when the whole file is in. Cancel leaves it as it was.</source>
        <translation>Der Arbeitsbereich ändert sich erst, wenn die ganze Datei eingelesen ist. Abbrechen lässt ihn unverändert.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Finishing: building the search index…</source>
        <translation>Abschluss: Suchindex wird aufgebaut…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cancelling… The workspace is being left as it was.</source>
        <translation>Wird abgebrochen… Der Arbeitsbereich bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>leadbox::ImportSummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Here is what changed in the workspace.</source>
        <translation>Das hat sich im Arbeitsbereich geändert.</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Skipped (already there):</source>
        <translation>Übersprungen (bereits vorhanden):</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>The workspace is as it was before.</source>
        <translation>Der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>LeadBox could not import the file.</source>
        <translation>LeadBox konnte die Datei nicht importieren.</translation>
    </message>
    <message>
        <source>The workspace was not changed.</source>
        <translation>Der Arbeitsbereich wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is imported.</source>
        <translation>%1 ist importiert.</translation>
    </message>
    <message>
        <source>The import had already finished when it was cancelled; %1 is imported.</source>
        <translation>Der Import war beim Abbrechen bereits abgeschlossen; %1 ist importiert.</translation>
    </message>
    <message>
        <source>These rows were not imported. The first %1 of %2 are listed; fix them and import the saved file.</source>
        <translation>Diese Zeilen wurden nicht importiert. Die ersten %1 von %2 sind aufgeführt; korrigieren Sie sie und importieren Sie die gespeicherte Datei.</translation>
    </message>
    <message>
        <source>These rows were not imported. Save them, fix them in a spreadsheet and import that file.</source>
        <translation>Diese Zeilen wurden nicht importiert. Speichern Sie sie, korrigieren Sie sie in einer Tabellenkalkulation und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>Saved the rejected rows to %1.</source>
        <translation>Die abgelehnten Zeilen wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-abgelehnt</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>leadbox::ImportWizard</name>
    <message>
        <source>Import Leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
</context>
<context>
    <name>leadbox::ImportWorker</name>
    <message>
        <source>The import stopped unexpectedly (%1). Nothing was imported.</source>
        <translation>Der Import wurde unerwartet beendet (%1). Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>leadbox::InviteDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation>Zu %1 einladen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>They join when they sign in to LeadBox with this address.</source>
        <translation>Die Person tritt bei, sobald sie sich mit dieser Adresse bei LeadBox anmeldet.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
</context>
<context>
    <name>leadbox::LeadDetailPanel</name>
    <message>
        <source>Lead details</source>
        <translation>Lead-Details</translation>
    </message>
    <message>
        <source>Select a lead to see its details, consent and history.</source>
        <translation>Wählen Sie einen Lead aus, um seine Details, Einwilligung und Historie zu sehen.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Consent ledger</source>
        <translation>Einwilligungsprotokoll</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>%n leads selected. Right-click for bulk actions.</source>
        <translation>
            <numerusform>%n Lead ausgewählt. Rechtsklick für Sammelaktionen.</numerusform>
            <numerusform>%n Leads ausgewählt. Rechtsklick für Sammelaktionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Shown: “%1”</source>
        <translation>Angezeigt: „%1“</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP: %1</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Widerrufen: %1</translation>
    </message>
    <message>
        <source>No permission recorded. This lead cannot receive campaigns.</source>
        <translation>Keine Einwilligung erfasst. Dieser Lead kann keine Kampagnen erhalten.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 will no longer receive campaigns. The consent history is kept. Withdraw?</source>
        <translation>%1 erhält dann keine Kampagnen mehr. Die Einwilligungshistorie bleibt erhalten. Widerrufen?</translation>
    </message>
</context>
<context>
    <name>leadbox::LeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Tags durch Kommas trennen</translation>
    </message>
    <message>
        <source>Where this lead came from</source>
        <translation>Woher dieser Lead stammt</translation>
    </message>
    <message>
        <source>Edit lead</source>
        <translation>Lead bearbeiten</translation>
    </message>
    <message>
        <source>A number, e.g. %1</source>
        <translation>Eine Zahl, z. B. %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>leadbox::LeadRepository</name>
    <message>
        <source>A lead with email %1 already exists.</source>
        <translation>Ein Lead mit der E-Mail-Adresse %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>That lead no longer exists.</source>
        <translation>Dieser Lead existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>leadbox::LeadTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>This lead has a sync conflict: a teammate changed the same field. Open Conflicts to choose which value to keep.</source>
        <translation>Dieser Lead hat einen Synchronisierungskonflikt: Jemand aus Ihrem Team hat dasselbe Feld geändert. Öffnen Sie Konflikte, um zu wählen, welcher Wert bleibt.</translation>
    </message>
</context>
<context>
    <name>leadbox::LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Add your first lead</source>
        <translation>Ersten Lead hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Lead…</source>
        <translation>Lead &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>Noch keine Leads</translation>
    </message>
    <message>
        <source>Add the people you want to sell to. Press Ctrl+N to add a lead.</source>
        <translation>Fügen Sie die Personen hinzu, an die Sie verkaufen möchten. Mit Strg+N fügen Sie einen Lead hinzu.</translation>
    </message>
    <message>
        <source>No leads match “%1”</source>
        <translation>Keine Leads passen zu „%1“</translation>
    </message>
    <message>
        <source>Search looks at names, emails, companies and tags. Press Esc to clear it.</source>
        <translation>Gesucht wird in Namen, E-Mail-Adressen, Firmen und Tags. Mit Esc löschen Sie die Suche.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n lead(s). Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n Lead gelöscht. Mit Strg+Z machen Sie das rückgängig.</numerusform>
            <numerusform>%n Leads gelöscht. Mit Strg+Z machen Sie das rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>&amp;Status festlegen</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>&amp;Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Tag to add to the selected leads:</source>
        <translation>Tag, das den ausgewählten Leads hinzugefügt wird:</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>Tag &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Tag to remove from the selected leads:</source>
        <translation>Tag, das von den ausgewählten Leads entfernt wird:</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s) changed. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%1: %n Lead geändert. Mit Strg+Z machen Sie das rückgängig.</numerusform>
            <numerusform>%1: %n Leads geändert. Mit Strg+Z machen Sie das rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Status auf %1 setzen</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>Tag %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>Die Ansicht „%1“ wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>leadbox::MainWindow</name>
    <message>
        <source>%1 — LeadBox</source>
        <translation>%1 — LeadBox</translation>
    </message>
    <message>
        <source>&amp;New Lead…</source>
        <translation>&amp;Neuer Lead…</translation>
    </message>
    <message>
        <source>Add a lead (Ctrl+N)</source>
        <translation>Lead hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Lead…</source>
        <translation>Lead &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected leads (Del)</source>
        <translation>Ausgewählte Leads löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;About LeadBox</source>
        <translation>Ü&amp;ber LeadBox</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln Lead</numerusform>
            <numerusform>%Ln Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln lead(s) match “%2”</source>
        <translation>
            <numerusform>Treffer für „%2“: %1 von %Ln Lead</numerusform>
            <numerusform>Treffer für „%2“: %1 von %Ln Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>LeadBox</source>
        <translation>LeadBox</translation>
    </message>
    <message>
        <source>About LeadBox</source>
        <translation>Über LeadBox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadBox %1&lt;/h3&gt;&lt;p&gt;Leads, webforms and permission-based email campaigns for small teams.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeadBox %1&lt;/h3&gt;&lt;p&gt;Leads, Webformulare und einwilligungsbasierte E-Mail-Kampagnen für kleine Teams.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import Leads…</source>
        <translation>Leads &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import leads from a CSV file (Ctrl+I)</source>
        <translation>Leads aus einer CSV-Datei importieren (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Export Leads…</source>
        <translation>Leads e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the leads shown to a CSV file (Ctrl+E)</source>
        <translation>Die angezeigten Leads in eine CSV-Datei exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation>&amp;Benutzerdefinierte Felder…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation>„%1“, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln lead(s) · %2</source>
        <translation>
            <numerusform>%1 von %Ln Lead · %2</numerusform>
            <numerusform>%1 von %Ln Leads · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 aktualisiert.</translation>
    </message>
    <message>
        <source>Finish or close the import first.</source>
        <translation>Schließen Sie zuerst den Import ab oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Wait for the export to finish, or cancel it, first.</source>
        <translation>Warten Sie zuerst, bis der Export fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Cloud C&amp;onnection…</source>
        <translation>&amp;Cloud-Verbindung…</translation>
    </message>
    <message>
        <source>Cloud connection saved. LeadBox uses it the next time it starts.</source>
        <translation>Cloud-Verbindung gespeichert. LeadBox verwendet sie beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>leadbox::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>leadbox::SearchField</name>
    <message>
        <source>Search leads</source>
        <translation>Leads durchsuchen</translation>
    </message>
    <message>
        <source>Search leads… (Ctrl+F)</source>
        <translation>Leads durchsuchen… (Strg+F)</translation>
    </message>
</context>
<context>
    <name>leadbox::Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Saved view: %1</source>
        <translation>Gespeicherte Ansicht: %1</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
</context>
<context>
    <name>leadbox::SignInDialog</name>
    <message>
        <source>Sign In to LeadBox</source>
        <translation>Bei LeadBox anmelden</translation>
    </message>
    <message>
        <source>Sign in to open your team’s cloud workspaces. The Local workspace stays available without an account.</source>
        <translation>Melden Sie sich an, um die Cloud-Arbeitsbereiche Ihres Teams zu öffnen. Der lokale Arbeitsbereich bleibt ohne Konto verfügbar.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Send an email with a link to choose a new password</source>
        <translation>Eine E-Mail mit einem Link zum Festlegen eines neuen Passworts senden</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Continue Offline</source>
        <translation>Offline weiterarbeiten</translation>
    </message>
    <message>
        <source>Keep working on this computer; sign in later from the File menu</source>
        <translation>Auf diesem Computer weiterarbeiten; später über das Menü Datei anmelden</translation>
    </message>
    <message>
        <source>Signing In…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed In</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Enter your email address, then choose “Forgot password?” again.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein und wählen Sie dann erneut „Passwort vergessen?“.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>If %1 has a LeadBox account, an email with a link to choose a new password is on its way. Check your inbox, then sign in with the new password.</source>
        <translation>Falls %1 ein LeadBox-Konto hat, ist eine E-Mail mit einem Link zum Festlegen eines neuen Passworts unterwegs. Sehen Sie in Ihrem Posteingang nach und melden Sie sich dann mit dem neuen Passwort an.</translation>
    </message>
</context>
<context>
    <name>leadbox::SyncController</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Send your changes to LeadBox Cloud and fetch your team&apos;s</source>
        <translation>Ihre Änderungen an LeadBox Cloud senden und die Ihres Teams holen</translation>
    </message>
    <message>
        <source>Sync &amp;Details…</source>
        <translation>Synchronisierungs&amp;details…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message numerus="yes">
        <source>Kept your choice for %n conflict(s); it syncs next.</source>
        <translation>
            <numerusform>Ihre Wahl für %n Konflikt ist gespeichert; sie wird als Nächstes synchronisiert.</numerusform>
            <numerusform>Ihre Wahl für %n Konflikte ist gespeichert; sie wird als Nächstes synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
</context>
<context>
    <name>leadbox::SyncDetailsDialog</name>
    <message>
        <source>Sync Details</source>
        <translation>Synchronisierungsdetails</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Geholt</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>New conflicts</source>
        <translation>Neue Konflikte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1 (request ID %2)</source>
        <translation>%1 (Anfrage-ID %2)</translation>
    </message>
    <message numerus="yes">
        <source>Synced; the cloud refused %n change(s): %1</source>
        <translation>
            <numerusform>Synchronisiert; die Cloud hat %n Änderung abgelehnt: %1</numerusform>
            <numerusform>Synchronisiert; die Cloud hat %n Änderungen abgelehnt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
</context>
<context>
    <name>leadbox::SyncRun</name>
    <message>
        <source>The LeadBox cloud sent an answer LeadBox does not understand.</source>
        <translation>Die LeadBox-Cloud hat eine Antwort gesendet, die LeadBox nicht versteht.</translation>
    </message>
    <message>
        <source>The LeadBox cloud did not take the changes; they stay on this computer and sync will try again later.</source>
        <translation>Die LeadBox-Cloud hat die Änderungen nicht angenommen; sie bleiben auf diesem Computer, und die Synchronisierung versucht es später erneut.</translation>
    </message>
</context>
<context>
    <name>leadbox::TeamPage</name>
    <message>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Einladen…</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>Make Admin</source>
        <translation>Zum Admin machen</translation>
    </message>
    <message>
        <source>Make Member</source>
        <translation>Zum Mitglied machen</translation>
    </message>
    <message>
        <source>Transfer Ownership…</source>
        <translation>Inhaberschaft übertragen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Team — %1</source>
        <translation>Team — %1</translation>
    </message>
    <message>
        <source>You are %1 here: you can invite people, change their roles and remove them. The owner stays owner until ownership is transferred.</source>
        <translation>Ihre Rolle hier: %1. Sie können Personen einladen, ihre Rollen ändern und sie entfernen. Der Inhaber bleibt Inhaber, bis die Inhaberschaft übertragen wird.</translation>
    </message>
    <message>
        <source>You are %1 here and see the team read-only.</source>
        <translation>Ihre Rolle hier: %1. Sie sehen das Team nur lesend.</translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation>Team wird geladen…</translation>
    </message>
    <message>
        <source>The cloud sent a team list LeadBox cannot read.</source>
        <translation>Die Cloud hat eine Teamliste gesendet, die LeadBox nicht lesen kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Invited, not signed in yet</source>
        <translation>Eingeladen, noch nicht angemeldet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Invite someone to this workspace by email</source>
        <translation>Jemanden per E-Mail in diesen Arbeitsbereich einladen</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>Wählen Sie zuerst ein Mitglied aus.</translation>
    </message>
    <message>
        <source>You cannot change your own role or remove yourself.</source>
        <translation>Sie können Ihre eigene Rolle nicht ändern und sich nicht selbst entfernen.</translation>
    </message>
    <message>
        <source>The owner cannot be removed or demoted. The owner can transfer ownership first.</source>
        <translation>Der Inhaber kann nicht entfernt oder herabgestuft werden. Der Inhaber kann zuerst die Inhaberschaft übertragen.</translation>
    </message>
    <message>
        <source>Change the selected member’s role</source>
        <translation>Die Rolle des ausgewählten Mitglieds ändern</translation>
    </message>
    <message>
        <source>Remove the selected member from this workspace</source>
        <translation>Das ausgewählte Mitglied aus diesem Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose access to its leads at once.</source>
        <translation>%1 aus %2 entfernen? Die Person verliert sofort den Zugriff auf dessen Leads.</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>Inhaberschaft übertragen</translation>
    </message>
    <message>
        <source>Make %1 the owner of %2? You become an admin, and only the new owner can undo this.</source>
        <translation>%1 zum Inhaber von %2 machen? Sie werden Admin, und nur der neue Inhaber kann das rückgängig machen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>leadbox::WorkspaceSwitcher</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Switch workspace</source>
        <translation>Arbeitsbereich wechseln</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Local workspace</source>
        <translation>Lokaler Arbeitsbereich</translation>
    </message>
    <message>
        <source>On this computer only; no account needed</source>
        <translation>Nur auf diesem Computer; kein Konto nötig</translation>
    </message>
    <message>
        <source>Cloud workspace, %1 plan</source>
        <translation>Cloud-Arbeitsbereich, Tarif %1</translation>
    </message>
    <message>
        <source>Cloud workspace</source>
        <translation>Cloud-Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadBox cannot start</source>
        <translation>LeadBox kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>LeadBox</source>
        <translation>LeadBox</translation>
    </message>
    <message>
        <source>%1

LeadBox works offline for now.</source>
        <translation>%1

LeadBox arbeitet vorerst offline.</translation>
    </message>
</context>
</TS>
