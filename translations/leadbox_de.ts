<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ColumnMapping</name>
    <message>
        <source>“%1” is not a mapping; write COLUMN=FIELD, e.g. &quot;Work Email=email&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column “%1”. Its columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot map a column to “%1”; use email, first-name, last-name, company, phone, status, tags, source, created, custom:NAME or ignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is not closed; it runs to the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has more than %1 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like a binary file, not CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a binary file, not CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 text. Save the file as UTF-8 (“CSV UTF-8” in Excel) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldRepository</name>
    <message>
        <source>A custom field needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field&apos;s name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already a standard lead field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a custom field named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace can have at most %1 custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: the limit is 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date such as 2026-11-29, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be yes or no, not “%2”.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date LeadBox can read; use a form such as 2026-11-29.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. No file was written.</source>
        <translation type="unfinished"></translation>
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
    <name>LeadImporter</name>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; LeadBox imports files of up to %3 MB. Split it into smaller files and import them one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of %1 holds email addresses. Its columns are: %2. Map one to email, e.g. --map &quot;Work Email=email&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email could not be matched to the existing lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at line %1 of %2: %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
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
    <name>WorkspaceStore</name>
    <message>
        <source>Local workspace</source>
        <translation>Lokaler Arbeitsbereich</translation>
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
    <message>
        <source>Search leads</source>
        <translation>Leads durchsuchen</translation>
    </message>
    <message>
        <source>Search leads… (Ctrl+F)</source>
        <translation>Leads durchsuchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadBox cannot start</source>
        <translation>LeadBox kann nicht gestartet werden</translation>
    </message>
</context>
</TS>
