<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuthErrors</name>
    <message>
        <source>The email address or password is not right. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the workspace owner or LeadBox support for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a few minutes, or reset your password, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this email address already exists. Sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too weak. Use at least 6 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password reset link is invalid or has expired. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service is not set up correctly (the Firebase API key or project). Check the cloud settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so LeadBox cannot remember your sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBox cannot reach the sign-in service. Check the network, or continue offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service did not answer in time. Try again, or continue offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the sign-in service failed, so LeadBox did not send your password. Something may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service could not complete the request. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudConfig</name>
    <message>
        <source>FIREBASE_AUTH_EMULATOR_HOST must be host:port, such as 127.0.0.1:9099, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIREBASE_AUTH_EMULATOR_HOST names %1, which is not this computer. The emulator speaks plain http, so LeadBox only uses it on a loopback address such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud URL &quot;%1&quot; is not a valid http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud URL %1 uses plain http to another computer. LeadBox only connects to the cloud over https; plain http is allowed for this computer (localhost) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud URL &quot;%1&quot; must not carry a user name, a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudError</name>
    <message>
        <source>%1 (request ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to use your cloud workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LeadBox cloud sent an answer LeadBox does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBox cannot reach the LeadBox cloud. Check the network; your work stays on this computer until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>A choice can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice field can have at most %1 choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: the limit is %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldType</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/No</source>
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
    <name>LeadColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Columns</source>
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
    <name>LeadFilter</name>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadHistory</name>
    <message>
        <source>tags (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by an import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored after being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say on what basis you may email this person, e.g. “Asked in person”.</source>
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
        <source>Could not read %1 to the end: %2. Nothing was imported.</source>
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
    <message>
        <source>Custom fields must be a JSON object.</source>
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
    <message>
        <source>No consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
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
    <name>Permissions</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage webforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in this workspace (%1) cannot %2. Ask an owner or admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushResultApplier</name>
    <message>
        <source>The cloud refused a change to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedRowsFile</name>
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
    <name>SavedViewRepository</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view&apos;s name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a view named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndexBuilder</name>
    <message>
        <source>Could not copy the search index: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with LeadBox Cloud now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with LeadBox Cloud at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: LeadBox Cloud cannot be reached. Your changes are kept here and sync when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error (request ID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1 Request ID: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here wait to be sent.</source>
        <translation>
            <numerusform>%n change made here waits to be sent.</numerusform>
            <numerusform>%n changes made here wait to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for you to choose a value (Conflicts page).</source>
        <translation>
            <numerusform>%n conflict waits for you to choose a value (Conflicts page).</numerusform>
            <numerusform>%n conflicts wait for you to choose a value (Conflicts page).</numerusform>
        </translation>
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
    <name>leadbox::AccountContext</name>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete all cached data in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to open the workspace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::AccountController</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to open your team’s cloud workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

You are signed out. Changes you made stay on this computer; sign in again from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Changes you made stay in this workspace on this computer for your next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline. Sign in from the File menu when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of %1?

Also remove this account’s workspaces from this computer? Choose Yes to remove them (changes not yet synced are lost), No to keep them for your next sign-in, or Cancel to stay signed in. The Local workspace is always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out; this account’s data was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud sent a workspace list LeadBox cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list your workspaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You no longer belong to %1; showing the Local workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::CloudClient</name>
    <message>
        <source>No LeadBox cloud is set up; LeadBox works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LeadBox cloud sent an answer LeadBox does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::CloudSettingsDialog</name>
    <message>
        <source>Cloud connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBox Cloud keeps a team&apos;s workspaces and signs people in with Firebase. Leave the cloud URL empty to work offline with the Local workspace only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://cloud.example.com (empty: offline only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firebase API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firebase &amp;project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBox uses the new connection the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by %1, which comes before this setting. LeadBox keeps the value saved here for when %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBox will connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a cloud URL LeadBox works offline, with the Local workspace only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a Firebase API key LeadBox cannot sign in and works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBox cannot save the settings file %1. Check that the folder is writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::ConflictListModel</name>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the cloud by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::ConflictRepository</name>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sync conflict %1; it may have been resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::ConflictsPage</name>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.

When you and a teammate change the same field of a lead before syncing, both values show here and you choose which one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your value to the cloud over your teammate&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Cloud&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the cloud&apos;s value and drop yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed both here and by a teammate. Nothing is lost: choose which value to keep for each, and the choice syncs.</source>
        <translation>
            <numerusform>%n field changed both here and by a teammate. Nothing is lost: choose which value to keep, and the choice syncs.</numerusform>
            <numerusform>%n fields changed both here and by a teammate. Nothing is lost: choose which value to keep for each, and the choice syncs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve Conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how this person agreed to hear from you. LeadBox keeps the record for as long as the lead exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed a paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Trade fair 2026, booth 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person was told they would receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text shown:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer, so LeadBox cannot remember your sign-in. Start your desktop&apos;s keyring (Secret Service), or sign in again each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBox cannot store a sign-in without an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in was found in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused LeadBox access, so LeadBox cannot remember your sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::CustomFieldForm</name>
    <message>
        <source>Add custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::CustomFieldsDialog</name>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields keep more about each lead, such as a budget or a renewal date. Each one is a column in the leads table and a field in the lead form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom fields yet. Click Add… to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead has a value for it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its value is deleted from every lead that has one (%1 now). This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the custom field “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::ExportController</name>
    <message>
        <source>Export Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting leads to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln lead to %1.</numerusform>
            <numerusform>Exported %Ln leads to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadbox::ExportWorker</name>
    <message>
        <source>The export stopped unexpectedly (%1). No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::FilterBar</name>
    <message>
        <source>Status: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::HttpClient</name>
    <message>
        <source>The answer from %1 was larger than %2 MB, so LeadBox did not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBox cannot reach %1. Check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed, so LeadBox did not send anything. The certificate may be wrong, or something is intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer LeadBox does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::ImportFilePage</name>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads from a CSV file, such as an export from a spreadsheet, HubSpot, Mailchimp or Google Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header row. The first row must name the columns, such as “email,first_name”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · columns separated by %3 · encoded as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::ImportMappingPage</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where each column of the file goes. Columns set to “Ignore” are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new custom field for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1” as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custom field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to Email to continue: every lead needs an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new custom field for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already a lead field; choose it in the list for “%2”, or give the new field another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace can have at most %1 custom fields; import fewer columns as new fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” and “%2” both go to %3; the later column’s value is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::ImportOptionsPage</name>
    <message>
        <source>Duplicates and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happens to people who are already in the workspace, and record how the people in this file agreed to hear from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an email is already in the workspace or earlier in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the row and keep the lead as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill in the lead’s empty fields from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite the lead’s fields with the file’s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags from the file are added to the lead’s tags unless the row is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given (opt-in form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given (event sign-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How these people agreed to hear from you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Trade show 2026 sign-up sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text shown when they agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they were told when they agreed, if you know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;asis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no basis, no consent is recorded, and the source and text are not kept. Campaigns reach only leads with recorded consent, so these leads will not receive them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lead this import adds or updates will show this consent, dated today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::ImportProgressPage</name>
    <message>
        <source>about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace changes only when the whole file is in. Cancel leaves it as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing: building the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… The workspace is being left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::ImportSummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is what changed in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (already there):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBox could not import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import had already finished when it was cancelled; %1 is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows were not imported. The first %1 of %2 are listed; fix them and import the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows were not imported. Save them, fix them in a spreadsheet and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the rejected rows to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::ImportWizard</name>
    <message>
        <source>Import Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::ImportWorker</name>
    <message>
        <source>The import stopped unexpectedly (%1). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::InviteDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They join when they sign in to LeadBox with this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::LeadDetailPanel</name>
    <message>
        <source>Lead details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lead to see its details, consent and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leads selected. Right-click for bulk actions.</source>
        <translation>
            <numerusform>%n lead selected. Right-click for bulk actions.</numerusform>
            <numerusform>%n leads selected. Right-click for bulk actions.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission recorded. This lead cannot receive campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer receive campaigns. The consent history is kept. Withdraw?</source>
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
    <message>
        <source>A number, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
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
    <name>leadbox::LeadTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead has a sync conflict: a teammate changed the same field. Open Conflicts to choose which value to keep.</source>
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
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to add to the selected leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to remove from the selected leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s) changed. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%1: %n lead changed. Press Ctrl+Z to undo.</numerusform>
            <numerusform>%1: %n leads changed. Press Ctrl+Z to undo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Import Leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads from a CSV file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the leads shown to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln lead(s) · %2</source>
        <translation>
            <numerusform>%1 of %Ln lead · %2</numerusform>
            <numerusform>%1 of %Ln leads · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or close the import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the export to finish, or cancel it, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud C&amp;onnection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud connection saved. LeadBox uses it the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::SearchField</name>
    <message>
        <source>Search leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search leads… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::Sidebar</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::SignInDialog</name>
    <message>
        <source>Sign In to LeadBox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to open your team’s cloud workspaces. The Local workspace stays available without an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an email with a link to choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working on this computer; sign in later from the File menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address, then choose “Forgot password?” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 has a LeadBox account, an email with a link to choose a new password is on its way. Check your inbox, then sign in with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::SyncController</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes to LeadBox Cloud and fetch your team&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept your choice for %n conflict(s); it syncs next.</source>
        <translation>
            <numerusform>Kept your choice for %n conflict; it syncs next.</numerusform>
            <numerusform>Kept your choice for %n conflicts; it syncs next.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::SyncDetailsDialog</name>
    <message>
        <source>Sync Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (request ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced; the cloud refused %n change(s): %1</source>
        <translation>
            <numerusform>Synced; the cloud refused %n change: %1</numerusform>
            <numerusform>Synced; the cloud refused %n changes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::SyncRun</name>
    <message>
        <source>The LeadBox cloud sent an answer LeadBox does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LeadBox cloud did not take the changes; they stay on this computer and sync will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::TeamPage</name>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer Ownership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are %1 here: you can invite people, change their roles and remove them. The owner stays owner until ownership is transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are %1 here and see the team read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud sent a team list LeadBox cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited, not signed in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite someone to this workspace by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own role or remove yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner cannot be removed or demoted. The owner can transfer ownership first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected member’s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected member from this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose access to its leads at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the owner of %2? You become an admin, and only the new owner can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbox::WorkspaceSwitcher</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer only; no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud workspace, %1 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadBox cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

LeadBox works offline for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
