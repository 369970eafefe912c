<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Check that its parent exists and is writable, or choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is not writable. Choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: it is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database, but not a LeadBox workspace. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of LeadBox (data format %2; this version reads up to %3). Update LeadBox to open it. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to %1: the disk is full (simulated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a LeadBox workspace file, or it is damaged. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged (%2). Restore it from a backup, or sync it again from the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to %1: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to %1: the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy in another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read or write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace store %1 reported an error: %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lead(s)</source>
        <translation>
            <numerusform>Delete %n lead</numerusform>
            <numerusform>Delete %n leads</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags must be a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead&apos;s id must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead&apos;s version must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>%1 is too long: %2 characters, the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains invisible control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone may contain only digits, spaces and + ( ) - . / x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead can have at most %1 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1…” is too long; the limit is %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags cannot contain commas or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Logging</name>
    <message>
        <source>Cannot write the log file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>Local workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::LeadDialog</name>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this lead came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::LeadRepository</name>
    <message>
        <source>A lead with email %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That lead no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people you want to sell to. Press Ctrl+N to add a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search looks at names, emails, companies and tags. Press Esc to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n lead(s). Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>Deleted %n lead. Press Ctrl+Z to undo.</numerusform>
            <numerusform>Deleted %n leads. Press Ctrl+Z to undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadbox::MainWindow</name>
    <message>
        <source>%1 — LeadBox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lead (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected leads (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LeadBox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search leads… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln lead(s) match “%2”</source>
        <translation>
            <numerusform>%1 of %Ln lead matches “%2”</numerusform>
            <numerusform>%1 of %Ln leads match “%2”</numerusform>
        </translation>
    </message>
    <message>
        <source>LeadBox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LeadBox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadBox %1&lt;/h3&gt;&lt;p&gt;Leads, webforms and permission-based email campaigns for small teams.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadBox cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
