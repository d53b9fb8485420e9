<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AssignmentView</name>
    <message>
        <location filename="../../ui/assignment_view.py" line="+82"/>
        <source>Demo assignment: try recording feedback on these texts.</source>
        <translation>Demouppgift: prova att spela in återkoppling på de här texterna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Students</source>
        <translation>Elever</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Student</source>
        <translation>Elev</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Students:</source>
        <translation>&amp;Elever:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted files</source>
        <translation>Inlämnade filer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bmitted files (Enter opens):</source>
        <translation>Inlämnade fi&amp;ler (Enter öppnar):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open file</source>
        <translation>&amp;Öppna fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record feedback</source>
        <translation>&amp;Spela in återkoppling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record feedback for the selected student (Ctrl+R)</source>
        <translation>Spela in återkoppling till vald elev (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;view take</source>
        <translation>&amp;Granska inspelningen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the na&amp;me…</source>
        <translation>Rätta na&amp;mnet …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name used in the app and the feedback files (F2)</source>
        <translation>Namnet som används i programmet och i återkopplingsfilerna (F2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chan&amp;ge…</source>
        <translation>Än&amp;dra …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to record</source>
        <translation>Vad som ska spelas in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rubric</source>
        <translation>Bedömningskriterier</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{name} (late)</source>
        <translation>{name} (sen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export waits for captions</source>
        <translation>Exporten väntar på undertexter</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No student selected</source>
        <translation>Ingen elev vald</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported: {file}</source>
        <translation>Exporterad: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier feedback:</source>
        <translation>Tidigare återkoppling:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No earlier feedback for this student.</source>
        <translation>Ingen tidigare återkoppling till den här eleven.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Correct the name</source>
        <translation>Rätta namnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of {name} (as in the app and the feedback files):</source>
        <translation>Namn för {name} (i programmet och i återkopplingsfilerna):</translation>
    </message>
</context>
<context>
    <name>CaptionsPanel</name>
    <message>
        <location filename="../../ui/captions_panel.py" line="+60"/>
        <source>Captions</source>
        <translation>Undertexter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spoken language</source>
        <translation>Talat språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norwegian (bokmål)</source>
        <translation>Norska (bokmål)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian (nynorsk)</source>
        <translation>Norska (nynorska)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make captions</source>
        <translation>Skapa undertexter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the model</source>
        <translation>Ladda ner modellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Captions progress</source>
        <translation>Förlopp för undertexterna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caption</source>
        <translation>Undertext</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Downloading the speech recognition model: {done} of {total} MB</source>
        <translation>Laddar ner taligenkänningsmodellen: {done} av {total} MB</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No captions yet.</source>
        <translation>Inga undertexter än.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speech recognition model {model} is not on this computer. Download it once (it stays on this computer), or set the school&apos;s models folder.</source>
        <translation>Taligenkänningsmodellen {model} finns inte på den här datorn. Ladda ner den en gång (den blir kvar på datorn), eller ange skolans modellmapp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading the speech recognition model…</source>
        <translation>Laddar ner taligenkänningsmodellen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making captions in the background; you can go on working.</source>
        <translation>Skapar undertexter i bakgrunden; du kan fortsätta arbeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a caption to correct it; corrections are saved at once.</source>
        <translation>Dubbelklicka på en undertext för att rätta den; rättelser sparas direkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The captions could not be made: {problem}</source>
        <translation>Undertexterna kunde inte skapas: {problem}</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../ui/capture_picker.py" line="+37"/>
        <source>The whole screen</source>
        <translation>Hela skärmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screen {n} ({w} × {h})</source>
        <translation>Skärm {n} ({w} × {h})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window “{title}” ({w} × {h})</source>
        <translation>Fönstret ”{title}” ({w} × {h})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region {w} × {h} at {x}, {y}</source>
        <translation>Område {w} × {h} vid {x}, {y}</translation>
    </message>
</context>
<context>
    <name>CapturePicker</name>
    <message>
        <location line="+19"/>
        <source>What to record</source>
        <translation>Vad som ska spelas in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A whole &amp;screen</source>
        <translation>En hel &amp;skärm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;window</source>
        <translation>Ett &amp;fönster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;region you drag</source>
        <translation>Ett &amp;område som du drar upp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screen</source>
        <translation>Skärm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screen {n}: {name} ({w} × {h})</source>
        <translation>Skärm {n}: {name} ({w} × {h})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window</source>
        <translation>Fönster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No windows found</source>
        <translation>Hittade inga fönster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Point at it…</source>
        <translation>&amp;Peka på det …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Drag a region…</source>
        <translation>&amp;Dra upp ett område …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;tart recording</source>
        <translation>S&amp;tarta inspelningen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording toolbar is kept out of the video.</source>
        <translation>Inspelningens verktygsfält hålls utanför videon.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Will record: {what}</source>
        <translation>Spelar in: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a region first.</source>
        <translation>Dra upp ett område först.</translation>
    </message>
</context>
<context>
    <name>ChaptersModel</name>
    <message>
        <location filename="../../ui/chapters_model.py" line="+48"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chapter title</source>
        <translation>Kapitelrubrik</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Start</source>
        <translation>Början</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../ui/countdown.py" line="+24"/>
        <source>Recording starts soon</source>
        <translation>Inspelningen börjar snart</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feedback for {student}</source>
        <translation>Återkoppling till {student}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording starts soon. Press Esc to cancel.</source>
        <translation>Inspelningen börjar snart. Tryck Esc för att avbryta.</translation>
    </message>
</context>
<context>
    <name>EditTimeline</name>
    <message>
        <location filename="../../ui/edit_timeline.py" line="+85"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Drag to select, Delete to cut it; drag the bars at the ends to trim. Ctrl+Z undoes.</source>
        <translation>Dra för att markera, Delete klipper bort det; dra i staplarna i ändarna för att korta. Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <location line="+265"/>
        <source>Edited: {length} of {total}</source>
        <translation>Redigerad: {length} av {total}</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../../ui/prepare_view.py" line="+87"/>
        <source>{file} (read only)</source>
        <translation>{file} (skrivskyddad)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is not a text file and no program on this computer opens it. Install a program for it, or talk about it without showing it.</source>
        <translation>{file} är ingen textfil och inget program på den här datorn öppnar den. Installera ett program för den, eller prata om den utan att visa den.</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <location filename="../../ui/i18n.py" line="+125"/>
        <source>No grade</source>
        <translation>Inget betyg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade in the LMS only</source>
        <translation>Betyg bara i lärplattformen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade said in the video</source>
        <translation>Betyget sägs i videon</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+49"/>
        <source>Pause / resume</source>
        <translation>Paus / fortsätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next criterion</source>
        <translation>Nästa kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pen on / off</source>
        <translation>Penna av / på</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear drawings</source>
        <translation>Ta bort teckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlighter on / off</source>
        <translation>Överstrykningspenna av / på</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/i18n.py" line="-41"/>
        <source>Same as the system</source>
        <translation>Samma som systemet</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../ui/level_meter.py" line="+19"/>
        <source>Microphone level</source>
        <translation>Mikrofonnivå</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 dBFS</source>
        <translation>%1 dBFS</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+224"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open hand-in folder…</source>
        <translation>&amp;Öppna inlämningsmapp …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open LMS &amp;zip…</source>
        <translation>Öppna &amp;zip-fil från lärplattformen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo assignment</source>
        <translation>Öppna &amp;demouppgiften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent assignments</source>
        <translation>&amp;Senaste uppgifterna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;turn to students…</source>
        <translation>&amp;Lämna tillbaka till eleverna …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;log folder</source>
        <translation>Öppna &amp;loggmappen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent assignments</source>
        <translation>Senaste uppgifterna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Öppna …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a hand-in folder (Ctrl+O)</source>
        <translation>Öppna en inlämningsmapp (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} (missing)</source>
        <translation>{name} (saknas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not there any more: moved, renamed or on another disk?</source>
        <translation>{path} finns inte kvar: flyttad, omdöpt eller på en annan disk?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No recent assignments</source>
        <translation>Inga senaste uppgifter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assignment: Ctrl+R or Enter records feedback for the selected student.</source>
        <translation>Uppgift: Ctrl+R eller Enter spelar in återkoppling till vald elev.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While recording (toolbar): Ctrl+1/2/3 markers, Ctrl+Space pause, Ctrl+Enter stop, Ctrl+K next criterion, Ctrl+D pen, Ctrl+H highlighter (Esc puts it down), Ctrl+E clear drawings.</source>
        <translation>Under inspelning (verktygsfältet): Ctrl+1/2/3 markörer, Ctrl+Blanksteg paus, Ctrl+Enter stopp, Ctrl+K nästa kriterium, Ctrl+D penna, Ctrl+H överstrykningspenna (Esc lägger ifrån den), Ctrl+E ta bort teckningar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review: Ctrl+P play, Alt+Left/Right move a chapter, Delete removes it, Ctrl+S exports.</source>
        <translation>Granskning: Ctrl+P spela upp, Alt+vänster/höger flyttar ett kapitel, Delete tar bort det, Ctrl+S exporterar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anywhere, also while the student&apos;s document has focus:</source>
        <translation>Överallt, även när elevens dokument har fokus:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open hand-in folder</source>
        <translation>Öppna inlämningsmapp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open LMS zip</source>
        <translation>Öppna zip-fil från lärplattformen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip-filer (*.zip)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening the demo assignment…</source>
        <translation>Öppnar demouppgiften …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening {name}…</source>
        <translation>Öppnar {name} …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The assignment could not be opened.</source>
        <translation>Uppgiften kunde inte öppnas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open</source>
        <translation>Kunde inte öppna</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+769"/>
        <source>Video: {file}</source>
        <translation>Video: {file}</translation>
    </message>
    <message>
        <location line="-736"/>
        <location line="+42"/>
        <source>This hand-in is read-only; its feedback goes to {folder}.</source>
        <translation>Den här inlämningen är skrivskyddad; återkopplingen hamnar i {folder}.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The hand-in folder {path} is read-only, so the feedback cannot be written beside it. Choose a folder for this assignment&apos;s feedback; recording works as usual.</source>
        <translation>Inlämningsmappen {path} är skrivskyddad, så återkopplingen kan inte skrivas bredvid den. Välj en mapp för den här uppgiftens återkoppling; inspelning fungerar som vanligt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only hand-in folder</source>
        <translation>Skrivskyddad inlämningsmapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Välj en mapp …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>S&amp;enare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the feedback for {name} goes</source>
        <translation>Var återkopplingen för {name} ska hamna</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open the hand-in inside?</source>
        <translation>Öppna inlämningen inuti?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{opened} looks like the folder above a hand-in: it holds “{inside}”, whose folders look like the students&apos;. Open “{inside}” instead?</source>
        <translation>{opened} ser ut som mappen ovanför en inlämning: den innehåller ”{inside}”, vars mappar ser ut som elevernas. Öppna ”{inside}” i stället?</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The rubric could not be saved: {problem}</source>
        <translation>Bedömningskriterierna kunde inte sparas: {problem}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Use this</source>
        <translation>&amp;Använd detta</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The planned points could not be saved: {problem}</source>
        <translation>De planerade punkterna kunde inte sparas: {problem}</translation>
    </message>
    <message>
        <location line="+189"/>
        <location line="+41"/>
        <source>Recording problem</source>
        <translation>Problem med inspelningen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The video could not be finished.</source>
        <translation>Videon kunde inte slutföras.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The export starts when the captions are ready.</source>
        <translation>Exporten startar när undertexterna är klara.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Exports are waiting</source>
        <translation>Exporter väntar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export for {students} waits for the captions.</source>
        <translation>Exporten för {students} väntar på undertexterna.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit anyway? The recordings are kept; export them the next time you open the assignment.</source>
        <translation>Avsluta ändå? Inspelningarna sparas; exportera dem nästa gång du öppnar uppgiften.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit without exporting</source>
        <translation>&amp;Avsluta utan att exportera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wait</source>
        <translation>&amp;Vänta</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Exporting…</source>
        <translation>Exporterar …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the feedback files…</source>
        <translation>Skriver återkopplingsfilerna …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting the feedback for {student}…</source>
        <translation>Exporterar återkopplingen till {student} …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exported the feedback for {student} to {folder}</source>
        <translation>Återkopplingen till {student} har exporterats till {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to {folder}</source>
        <translation>Exporterad till {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>({count} chapters were in cut stretches: left out)</source>
        <translation>({count} kapitel låg i bortklippta delar och är utelämnade)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The feedback for {student} was not exported: {problem}</source>
        <translation>Återkopplingen till {student} exporterades inte: {problem}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every student has feedback.</source>
        <translation>Alla elever har fått återkoppling.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Recovering the recording…</source>
        <translation>Räddar inspelningen …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not recover</source>
        <translation>Kunde inte rädda inspelningen</translation>
    </message>
</context>
<context>
    <name>Marker</name>
    <message>
        <location filename="../../ui/i18n.py" line="+13"/>
        <source>Feed up</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed back</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed forward</source>
        <translation>Framåtkoppling</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where am I going?</source>
        <translation>Vart är jag på väg?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How am I going?</source>
        <translation>Var befinner jag mig?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to next?</source>
        <translation>Hur kommer jag dit?</translation>
    </message>
</context>
<context>
    <name>MicCheckDialog</name>
    <message>
        <location filename="../../ui/mic_check.py" line="+83"/>
        <source>Microphone check</source>
        <translation>Mikrofonkontroll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level:</source>
        <translation>Nivå:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;without sound</source>
        <translation>Spela in &amp;utan ljud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look again</source>
        <translation>&amp;Sök igen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check that your voice is heard before you record. Say something: the bar should move.</source>
        <translation>Kontrollera att din röst hörs innan du spelar in. Säg något: stapeln ska röra sig.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+18"/>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>No microphone was found. Plug one in and choose Look again, or record without sound.</source>
        <translation>Ingen mikrofon hittades. Anslut en och välj Sök igen, eller spela in utan ljud.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Say something…</source>
        <translation>Säg något …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This microphone is gone. Choose another one.</source>
        <translation>Den här mikrofonen är borta. Välj en annan.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>We can hear you. Choose Continue when you are ready.</source>
        <translation>Vi hör dig. Välj Fortsätt när du är redo.</translation>
    </message>
</context>
<context>
    <name>PenOverlay</name>
    <message>
        <location filename="../../ui/pen_overlay.py" line="+126"/>
        <source>Drawing</source>
        <translation>Teckning</translation>
    </message>
</context>
<context>
    <name>PlannedPointsPanel</name>
    <message>
        <location filename="../../ui/planned_points_panel.py" line="+31"/>
        <location line="+11"/>
        <source>Planned points</source>
        <translation>Planerade punkter</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The next marker takes point {n}.</source>
        <translation>Nästa markör tar punkt {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All planned points are covered; markers take the current criterion.</source>
        <translation>Alla planerade punkter är avklarade; markörerna tar det aktuella kriteriet.</translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <location filename="../../ui/prepare_view.py" line="+47"/>
        <source>Prepare feedback for {name}</source>
        <translation>Förbered återkoppling till {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted files</source>
        <translation>Inlämnade filer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submitted &amp;files (Enter opens):</source>
        <translation>Inlämnade &amp;filer (Enter öppnar):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open file</source>
        <translation>&amp;Öppna fil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record &amp;this window</source>
        <translation>Spela in &amp;detta fönster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earlier feedback:</source>
        <translation>Tidigare återkoppling:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No earlier feedback for this student.</source>
        <translation>Ingen tidigare återkoppling till den här eleven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The student&apos;s work</source>
        <translation>Elevens arbete</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Rubric</source>
        <translation>Bedömningskriterier</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Criterion / level</source>
        <translation>Kriterium / nivå</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No rubric yet: add one in the assignment view.</source>
        <translation>Inga bedömningskriterier än: lägg till dem i uppgiftsvyn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planned points</source>
        <translation>Planerade punkter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Planned points (each marker while recording takes the next one):</source>
        <translation>&amp;Planerade punkter (varje markör under inspelningen tar nästa):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you want to say (Enter adds it)</source>
        <translation>Det du vill säga (Enter lägger till det)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New point</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New point:</source>
        <translation>&amp;Ny punkt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No criterion</source>
        <translation>Inget kriterium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep in the comment bank</source>
        <translation>&amp;Spara i kommentarbanken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer this point again for this criterion, also in later assignments</source>
        <translation>Erbjud den här punkten igen för det här kriteriet, även i senare uppgifter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comment bank</source>
        <translation>Kommentarbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forg&amp;et this comment</source>
        <translation>Glö&amp;m den här kommentaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to say</source>
        <translation>Vad du ska säga</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chan&amp;ge…</source>
        <translation>Än&amp;dra …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Tillbaka till listan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record</source>
        <translation>&amp;Spela in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start recording when you are ready (Ctrl+R)</source>
        <translation>Starta inspelningen när du är redo (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to record:</source>
        <translation>Vad som ska spelas in:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{file} is open in “{title}”. Record that window?</source>
        <translation>{file} är öppen i ”{title}”. Spela in det fönstret?</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} · {criterion}: {text}</source>
        <translation>{kind} · {criterion}: {text}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Co&amp;mment bank (Enter adds one to the plan; choose a criterion to see its own):</source>
        <translation>Ko&amp;mmentarbank (Enter lägger till en i planen; välj ett kriterium för att se dess egna):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mment bank for {criterion} (Enter adds one to the plan):</source>
        <translation>Ko&amp;mmentarbank för {criterion} (Enter lägger till en i planen):</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../ui/problems.py" line="+43"/>
        <source>The video must be an .mp4 file, not “{path}”. Choose a name ending in .mp4.</source>
        <translation>Videon måste vara en .mp4-fil, inte ”{path}”. Välj ett namn som slutar på .mp4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder {path} does not exist. Create it or choose another folder; nothing was recorded.</source>
        <translation>Mappen {path} finns inte. Skapa den eller välj en annan mapp; inget spelades in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} exists already and was left as it is. Choose another name; nothing was recorded.</source>
        <translation>{path} finns redan och lämnades som den är. Välj ett annat namn; inget spelades in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An unfinished recording for {path} is still there. Recover it first: start the app again, or run “vidfeedback recover”. Nothing was lost.</source>
        <translation>En oavslutad inspelning för {path} finns kvar. Rädda den först: starta programmet igen, eller kör ”vidfeedback recover”. Inget gick förlorat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {path} is read-only. Choose a folder you can write to, or make this one writable; nothing was lost.</source>
        <translation>Mappen {path} är skrivskyddad. Välj en mapp som du kan skriva till, eller gör den här skrivbar; inget gick förlorat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app cannot write in {path} ({detail}). Check the folder and try again; nothing was recorded.</source>
        <translation>Programmet kan inte skriva i {path} ({detail}). Kontrollera mappen och försök igen; inget spelades in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The area to record is not on the screen any more. Choose what to record again.</source>
        <translation>Området som ska spelas in finns inte längre på skärmen. Välj vad som ska spelas in igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The screen cannot be recorded. Start vidfeedback from the desktop you want to record, then try again.</source>
        <translation>Skärmen kan inte spelas in. Starta vidfeedback från skrivbordet som du vill spela in och försök igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The microphone “{device}” was not found. Plug it in, or choose another microphone in Settings.</source>
        <translation>Mikrofonen ”{device}” hittades inte. Anslut den, eller välj en annan mikrofon i Inställningar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The microphone “{device}” cannot be opened. Close other programs that use it, or choose another microphone in Settings.</source>
        <translation>Mikrofonen ”{device}” kan inte öppnas. Stäng andra program som använder den, eller välj en annan mikrofon i Inställningar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The microphone “{device}” delivers no sound. Check that it is plugged in and not used by another program, or choose another microphone in Settings.</source>
        <translation>Mikrofonen ”{device}” ger inget ljud. Kontrollera att den är ansluten och inte används av ett annat program, eller välj en annan mikrofon i Inställningar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recorder could not do that just now ({state}). Try again; nothing was lost.</source>
        <translation>Inspelaren kunde inte göra det just nu ({state}). Försök igen; inget gick förlorat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was recorded.</source>
        <translation>Inget spelades in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The take to continue is gone ({path}). Record the feedback again.</source>
        <translation>Inspelningen som skulle fortsättas är borta ({path}). Spela in återkopplingen igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The take to continue cannot be read ({path}). It was not changed; record the feedback again.</source>
        <translation>Inspelningen som skulle fortsättas kan inte läsas ({path}). Den ändrades inte; spela in återkopplingen igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The take was recorded at {old_size} pixels, but the area to record is now {new_size}. Choose the same area again, or retake all.</source>
        <translation>Inspelningen gjordes med {old_size} pixlar, men området som ska spelas in är nu {new_size}. Välj samma område igen, eller spela in allt på nytt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The take was recorded with sound. Choose a microphone in Settings to continue it, or retake all.</source>
        <translation>Inspelningen gjordes med ljud. Välj en mikrofon i Inställningar för att fortsätta den, eller spela in allt på nytt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The take was recorded without sound. Turn sound off in Settings to continue it, or retake all.</source>
        <translation>Inspelningen gjordes utan ljud. Stäng av ljudet i Inställningar för att fortsätta den, eller spela in allt på nytt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new part could not be joined to the earlier take, so it is kept as a take of its own. The earlier take is unchanged.</source>
        <translation>Den nya delen kunde inte fogas till den tidigare inspelningen, så den sparas som en egen inspelning. Den tidigare inspelningen är oförändrad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone stopped. Recording goes on with silence: check the microphone.</source>
        <translation>Mikrofonen slutade fungera. Inspelningen fortsätter med tystnad: kontrollera mikrofonen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The microphone is back.</source>
        <translation>Mikrofonen är tillbaka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is nearly full: about {free_mb} MB is left. Stop soon, or free some space.</source>
        <translation>Disken är nästan full: ungefär {free_mb} MB återstår. Stoppa snart, eller frigör lite utrymme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full ({path}). What was recorded so far is kept; free some space.</source>
        <translation>Disken är full ({path}). Det som har spelats in hittills sparas; frigör lite utrymme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing to {path} failed ({detail}). What was written so far is kept; check the disk and try again.</source>
        <translation>Skrivningen till {path} misslyckades ({detail}). Det som har skrivits hittills sparas; kontrollera disken och försök igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video encoder failed ({detail}). What was recorded so far is kept.</source>
        <translation>Videokodaren misslyckades ({detail}). Det som har spelats in hittills sparas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording is paused: resume it to place a marker.</source>
        <translation>Inspelningen är pausad: fortsätt den för att sätta en markör.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is being recorded, so no marker was placed.</source>
        <translation>Inget spelas in, så ingen markör sattes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window “{title}” was closed or minimised. Recording goes on with the area where it was last.</source>
        <translation>Fönstret ”{title}” stängdes eller minimerades. Inspelningen fortsätter med området där det senast var.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The final video could not be written ({detail}). The recording is kept in {path}: free some space, then start the app again to recover it.</source>
        <translation>Den färdiga videon kunde inte skrivas ({detail}). Inspelningen sparas i {path}: frigör lite utrymme och starta sedan programmet igen för att rädda den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video {path} could not be written ({detail}). Nothing was lost; try again.</source>
        <translation>Videon {path} kunde inte skrivas ({detail}). Inget gick förlorat; försök igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No unfinished recording was found at {path}.</source>
        <translation>Ingen oavslutad inspelning hittades i {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} holds several unfinished recordings ({names}); choose one.</source>
        <translation>{path} innehåller flera oavslutade inspelningar ({names}); välj en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unfinished recording in {path} holds nothing that can be played. Record the feedback again.</source>
        <translation>Den oavslutade inspelningen i {path} innehåller inget som kan spelas upp. Spela in återkopplingen igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The unfinished recording in {path} cannot be read. It is left where it is; record the feedback again.</source>
        <translation>Den oavslutade inspelningen i {path} kan inte läsas. Den lämnas där den är; spela in återkopplingen igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The feedback could not be written. Nothing was lost; the details say why.</source>
        <translation>Återkopplingen kunde inte skrivas. Inget gick förlorat; detaljerna berättar varför.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough free space in {path}: about {need_mb} MB is needed and {free_mb} MB is free. Free some space and try again; nothing was lost.</source>
        <translation>Det finns inte tillräckligt med ledigt utrymme i {path}: ungefär {need_mb} MB behövs och {free_mb} MB är ledigt. Frigör lite utrymme och försök igen; inget gick förlorat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You do not have permission to write to {path}. Choose another folder or ask for access; nothing was lost.</source>
        <translation>Du har inte behörighet att skriva till {path}. Välj en annan mapp eller be om åtkomst; inget gick förlorat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A name is too long for this disk: {path}. Move the hand-in to a folder with a shorter path; nothing was lost.</source>
        <translation>Ett namn är för långt för den här disken: {path}. Flytta inlämningen till en mapp med kortare sökväg; inget gick förlorat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not there any more (was a disk unplugged?). Plug it in again and try again; nothing was lost.</source>
        <translation>{path} finns inte längre (kopplades en disk ur?). Anslut den igen och försök igen; inget gick förlorat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} exists and was not made by vidfeedback, so it was left alone. Move or rename it and try again.</source>
        <translation>{path} finns och skapades inte av vidfeedback, så den lämnades orörd. Flytta eller byt namn på den och försök igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a file where a folder should be; it was left alone. Move or rename it and try again.</source>
        <translation>{path} är en fil där en mapp skulle vara; den lämnades orörd. Flytta eller byt namn på den och försök igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No free file name was found in {path}. Tidy up the folder and try again.</source>
        <translation>Inget ledigt filnamn hittades i {path}. Städa i mappen och försök igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording {path} is gone. Record the feedback again.</source>
        <translation>Inspelningen {path} är borta. Spela in återkopplingen igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording has no length. Record the feedback again.</source>
        <translation>Inspelningen har ingen längd. Spela in återkopplingen igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording {path} cannot be read. Record the feedback again.</source>
        <translation>Inspelningen {path} kan inte läsas. Spela in återkopplingen igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} does not exist. Choose the hand-in folder or zip again.</source>
        <translation>{path} finns inte. Välj inlämningsmappen eller zip-filen igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is neither a folder nor a zip file. Choose the hand-in folder, or the zip the learning platform gave you.</source>
        <translation>{path} är varken en mapp eller en zip-fil. Välj inlämningsmappen, eller zip-filen som du fick från lärplattformen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a readable zip file. Download it from the learning platform again.</source>
        <translation>{path} är ingen läsbar zip-fil. Ladda ner den från lärplattformen igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} has not been unpacked. Open it again to unpack a copy to work on.</source>
        <translation>{path} har inte packats upp. Öppna den igen för att packa upp en kopia att arbeta med.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} holds no files. Download the submissions from the learning platform again.</source>
        <translation>{path} innehåller inga filer. Ladda ner inlämningarna från lärplattformen igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every file in {path} is protected with a password, so none can be read. Download the submissions from the learning platform again, without a password.</source>
        <translation>Alla filer i {path} är lösenordsskyddade, så ingen kan läsas. Ladda ner inlämningarna från lärplattformen igen, utan lösenord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{student} has no Moodle participant id, so Moodle could not match the feedback. Download the submissions from Moodle again.</source>
        <translation>{student} har inget deltagar-id från Moodle, så Moodle kunde inte para ihop återkopplingen. Ladda ner inlämningarna från Moodle igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The captions could not be made ({detail}). The video is fine and can be exported without them.</source>
        <translation>Undertexterna kunde inte skapas ({detail}). Videon är i ordning och kan exporteras utan dem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already has captions, so they were left as they are.</source>
        <translation>{path} har redan undertexter, så de lämnades som de är.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The captions file {path} cannot be read ({detail}). Make the captions again.</source>
        <translation>Undertextfilen {path} kan inte läsas ({detail}). Skapa undertexterna igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The speech recognition model is not on this computer ({detail}). Download it in the settings, or choose the school&apos;s models folder.</source>
        <translation>Taligenkänningsmodellen finns inte på den här datorn ({detail}). Ladda ner den i inställningarna, eller välj skolans modellmapp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This speech recognition model does not understand the language “{lang}”. Choose another model or language.</source>
        <translation>Den här taligenkänningsmodellen förstår inte språket ”{lang}”. Välj en annan modell eller ett annat språk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The speech recognition model could not be downloaded ({detail}). What arrived is kept; try again later to continue.</source>
        <translation>Taligenkänningsmodellen kunde inte laddas ner ({detail}). Det som kom fram sparas; försök igen senare för att fortsätta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A downloaded model file was damaged ({path}) and has been deleted. Try the download again.</source>
        <translation>En nedladdad modellfil var skadad ({path}) och har tagits bort. Försök ladda ner igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The edited video could not be written ({detail}). The take is unchanged.</source>
        <translation>Den redigerade videon kunde inte skrivas ({detail}). Inspelningen är oförändrad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cut lies outside the take or ends before it starts ({detail}).</source>
        <translation>Ett klipp ligger utanför inspelningen eller slutar innan det börjar ({detail}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cuts and trims leave nothing of the take. Undo one of them.</source>
        <translation>Klippen och beskärningarna lämnar inget kvar av inspelningen. Ångra ett av dem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This video was not recorded by this program, so it cannot be cut without encoding it again ({path}).</source>
        <translation>Den här videon spelades inte in med det här programmet, så den kan inte klippas utan att kodas om ({path}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These chapters were in a stretch that was cut, and are left out: {names}.</source>
        <translation>De här kapitlen låg i en del som klipptes bort och är utelämnade: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file cannot be read ({detail}).</source>
        <translation>Filen kan inte läsas ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a rubric.</source>
        <translation>Filen är för stor för att vara bedömningskriterier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a text file. If it is an Excel workbook, save it as CSV first.</source>
        <translation>Det här är ingen textfil. Om det är en Excel-arbetsbok, spara den som CSV först.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has no rows.</source>
        <translation>Filen har inga rader.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has a header but no criteria.</source>
        <translation>Filen har en rubrikrad men inga kriterier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row has {fields} fields where the header has {width}; a field that contains the separator must be in double quotes.</source>
        <translation>Raden har {fields} fält där rubrikraden har {width}; ett fält som innehåller avgränsaren måste stå inom dubbla citattecken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The criterion (first column) is empty.</source>
        <translation>Kriteriet (första kolumnen) är tomt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The criterion “{name}” is already on line {first_line}.</source>
        <translation>Kriteriet ”{name}” finns redan på rad {first_line}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A double quote opens a field that is never closed.</source>
        <translation>Ett dubbelt citattecken öppnar ett fält som aldrig stängs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A double quote inside a quoted field must be written twice (&quot;&quot;).</source>
        <translation>Ett dubbelt citattecken inuti ett citerat fält måste skrivas två gånger (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a rubric file the app can read; the details say why.</source>
        <translation>Det här är ingen fil med bedömningskriterier som programmet kan läsa; detaljerna berättar varför.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{url}” is not an address the app understands. Open the assignment in the browser and copy its address from the address bar.</source>
        <translation>”{url}” är ingen adress som programmet förstår. Öppna uppgiften i webbläsaren och kopiera adressen från adressfältet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{url} is not encrypted (http). Use the https address, so that the token and the students&apos; feedback cannot be read on the way.</source>
        <translation>{url} är inte krypterad (http). Använd https-adressen, så att token och elevernas återkoppling inte kan läsas på vägen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no access token for {platform}. Make one in {platform} and paste it.</source>
        <translation>Det finns ingen åtkomsttoken för {platform}. Skapa en i {platform} och klistra in den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The computer&apos;s password store cannot be used, so the token was not saved. Start the desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Datorns lösenordslager kan inte användas, så token sparades inte. Starta skrivbordets nyckelring (till exempel GNOME Keyring eller KWallet) och försök igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} refused the access token: it is wrong, expired or withdrawn. Make a new token in {platform} and paste it.</source>
        <translation>{platform} avvisade åtkomsttoken: den är fel, har gått ut eller dragits tillbaka. Skapa en ny token i {platform} och klistra in den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} does not allow this token to do this. Use a token of a teacher in this course.</source>
        <translation>{platform} tillåter inte den här token att göra detta. Använd en token från en lärare i den här kursen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} does not know this assignment. Check that the address is the assignment this hand-in was downloaded from.</source>
        <translation>{platform} känner inte till den här uppgiften. Kontrollera att adressen är uppgiften som den här inlämningen laddades ner från.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} refused a file as too large. Return this student&apos;s feedback by hand, or ask the site&apos;s administrator to raise the upload limit.</source>
        <translation>{platform} avvisade en fil som för stor. Lämna tillbaka den här elevens återkoppling för hand, eller be webbplatsens administratör höja uppladdningsgränsen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The course&apos;s file space on {platform} is full. Ask the site&apos;s administrator for more space, or delete old files in the course.</source>
        <translation>Kursens filutrymme på {platform} är fullt. Be webbplatsens administratör om mer utrymme, eller ta bort gamla filer i kursen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} had a problem ({status}) and did not take the feedback. Try again later; what was sent is kept.</source>
        <translation>{platform} hade ett problem ({status}) och tog inte emot återkopplingen. Försök igen senare; det som skickades sparas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} cannot be reached. Check the network connection and upload again; the upload goes on where it stopped.</source>
        <translation>{platform} kan inte nås. Kontrollera nätverksanslutningen och ladda upp igen; uppladdningen fortsätter där den stoppade.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} answered in a way the app does not understand; nothing was posted twice. The details say what was expected.</source>
        <translation>{platform} svarade på ett sätt som programmet inte förstår; inget skickades två gånger. Detaljerna säger vad som förväntades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} refused the request. The details give its reason.</source>
        <translation>{platform} avvisade begäran. Detaljerna anger skälet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} changed or disappeared while it was being sent. Upload again.</source>
        <translation>{path} ändrades eller försvann medan den skickades. Ladda upp igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record of what was uploaded, {path}, cannot be read; it was left as it is. Move it away to start the record anew.</source>
        <translation>Förteckningen över vad som har laddats upp, {path}, kan inte läsas; den lämnades som den är. Flytta bort den för att börja en ny förteckning.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This assignment is being uploaded already (in another window or on the command line). Wait for it to finish.</source>
        <translation>Den här uppgiften laddas redan upp (i ett annat fönster eller på kommandoraden). Vänta tills den är klar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The upload was stopped. Upload again to go on where it stopped.</source>
        <translation>Uppladdningen stoppades. Ladda upp igen för att fortsätta där den stoppade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This hand-in was not downloaded from {platform}, so its students cannot be matched there.</source>
        <translation>Den här inlämningen laddades inte ner från {platform}, så dess elever kan inte paras ihop där.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moodle does not tell this token which participant is which student, so the feedback cannot be matched. Use an editing teacher&apos;s token, or the upload zip.</source>
        <translation>Moodle berättar inte för den här token vilken deltagare som är vilken elev, så återkopplingen kan inte paras ihop. Använd en redigerande lärares token, eller uppladdnings-zip-filen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This Moodle assignment takes group submissions, so the download names groups, not students. Return the feedback with the upload zip.</source>
        <translation>Den här Moodle-uppgiften tar emot gruppinlämningar, så nedladdningen namnger grupper, inte elever. Lämna tillbaka återkopplingen med uppladdnings-zip-filen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This Moodle assignment is graded with a rubric or marking guide ({method}); feedback sent through Moodle&apos;s web services would change it. Return the feedback with the upload zip.</source>
        <translation>Den här Moodle-uppgiften bedöms med en bedömningsmatris eller bedömningsguide ({method}); återkoppling som skickas via Moodles webbtjänster skulle ändra den. Lämna tillbaka återkopplingen med uppladdnings-zip-filen.</translation>
    </message>
</context>
<context>
    <name>RecordToolbar</name>
    <message>
        <location filename="../../ui/record_toolbar.py" line="+131"/>
        <source>Recording</source>
        <translation>Inspelning</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recording for {student}</source>
        <translation>Inspelning till {student}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+292"/>
        <source>Redo since pause</source>
        <translation>Gör om sedan pausen</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Throw away what was recorded since the last pause; Resume records it again</source>
        <translation>Släng det som spelats in sedan senaste pausen; Fortsätt spelar in det igen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and review (Ctrl+Enter)</source>
        <translation>Stoppa och granska (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current criterion</source>
        <translation>Aktuellt kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion for the next marker (Ctrl+K: next)</source>
        <translation>Kriterium för nästa markör (Ctrl+K: nästa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No criterion</source>
        <translation>Inget kriterium</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next criterion</source>
        <translation>Nästa kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next criterion (Ctrl+K)</source>
        <translation>Nästa kriterium (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pen</source>
        <translation>Penna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw on the document (Ctrl+D; Esc: stop drawing)</source>
        <translation>Rita på dokumentet (Ctrl+D; Esc: sluta rita)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlighter</source>
        <translation>Överstrykningspenna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight on the document (Ctrl+H; Esc: stop highlighting)</source>
        <translation>Stryk under i dokumentet (Ctrl+H; Esc: sluta stryka under)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove all drawings (Ctrl+E)</source>
        <translation>Ta bort alla teckningar (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+88"/>
        <source>Pause</source>
        <translation>Paus</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+88"/>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+49"/>
        <source>{low}–{high} min</source>
        <translation>{low}–{high} min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Longer than your target length</source>
        <translation>Längre än din mållängd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded time (pauses not counted) and target</source>
        <translation>Inspelad tid (utan pauser) och mål</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pause or resume (Ctrl+Space)</source>
        <translation>Pausa eller fortsätt (Ctrl+Blanksteg)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Throw away the {time} recorded since the last pause?</source>
        <translation>Slänga de {time} som spelats in sedan senaste pausen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume then records that part again.</source>
        <translation>Fortsätt spelar sedan in den delen igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Throw it away</source>
        <translation>&amp;Släng det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Behåll det</translation>
    </message>
</context>
<context>
    <name>RecordingSession</name>
    <message>
        <location filename="../../ui/session.py" line="+582"/>
        <source>Finishing the video…</source>
        <translation>Slutför videon …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finishing</source>
        <translation>Slutför</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../../ui/recovery_prompt.py" line="+23"/>
        <source>Recover the last recording?</source>
        <translation>Rädda den senaste inspelningen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app stopped while you were recording feedback for {student}. The recording can be recovered up to the last second.</source>
        <translation>Programmet stannade medan du spelade in återkoppling till {student}. Inspelningen kan räddas fram till den sista sekunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover it now and review it?</source>
        <translation>Vill du rädda den nu och granska den?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recover</source>
        <translation>&amp;Rädda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard the recording</source>
        <translation>&amp;Släng inspelningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>S&amp;enare</translation>
    </message>
</context>
<context>
    <name>RegionOverlay</name>
    <message>
        <location filename="../../ui/region_overlay.py" line="+56"/>
        <source>Choose what to record</source>
        <translation>Välj vad som ska spelas in</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Drag to choose the area to record. Enter: record this area. Esc: cancel.</source>
        <translation>Dra för att välja området som ska spelas in. Enter: spela in det här området. Esc: avbryt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the window to record. Enter: record it. Esc: cancel.</source>
        <translation>Klicka på fönstret som ska spelas in. Enter: spela in det. Esc: avbryt.</translation>
    </message>
</context>
<context>
    <name>ReturnView</name>
    <message>
        <location filename="../../ui/return_view.py" line="+304"/>
        <source>Return to students: {assignment}</source>
        <translation>Lämna tillbaka till eleverna: {assignment}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Student</source>
        <translation>Elev</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+162"/>
        <location line="+195"/>
        <source>Returned</source>
        <translation>Tillbakalämnad</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Upload</source>
        <translation>Uppladdning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moodle: upload zip</source>
        <translation>Moodle: uppladdnings-zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course&apos;s upload &amp;limit (MB):</source>
        <translation>Kursens uppladdnings&amp;gräns (MB):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make upload zips</source>
        <translation>&amp;Skapa uppladdnings-zip-filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w folder</source>
        <translation>Visa &amp;mappen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Moodle: 1. open the assignment and “View all submissions”; 2. Grading action → “Upload multiple feedback files in a zip”; 3. choose “All participants” and upload one zip at a time.</source>
        <translation>I Moodle: 1. öppna uppgiften och ”Visa alla inlämningar”; 2. Bedömningsåtgärd → ”Ladda upp flera återkopplingsfiler i en zip”; 3. välj ”Alla deltagare” och ladda upp en zip i taget.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upload to Canvas</source>
        <translation>Ladda upp till Canvas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upload to Moodle</source>
        <translation>Ladda upp till Moodle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignment&apos;s &amp;address:</source>
        <translation>Uppgiftens &amp;adress:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moodle site&apos;s &amp;address:</source>
        <translation>Moodle-webbplatsens &amp;adress:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assignment id (view.php?id=…):</source>
        <translation>Uppgiftens id (view.php?id=…):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;token:</source>
        <translation>Åtkomst&amp;token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload</source>
        <translation>Ladda &amp;upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the token</source>
        <translation>Glöm token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to the students</source>
        <translation>&amp;Tillbaka till eleverna</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>saved in the computer&apos;s password store</source>
        <translation>sparad i datorns lösenordslager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paste it here</source>
        <translation>klistra in den här</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the exported feedback…</source>
        <translation>Läser den exporterade återkopplingen …</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{exported} to return, {changed} changed since the last return, {returned} returned, {missing} not exported yet.</source>
        <translation>{exported} att lämna tillbaka, {changed} ändrade sedan senaste återlämningen, {returned} tillbakalämnade, {missing} inte exporterade än.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not exported</source>
        <translation>Inte exporterad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since the last return</source>
        <translation>Ändrad sedan senaste återlämningen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in {zip}</source>
        <translation>i {zip}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{zip}: {names}</source>
        <translation>{zip}: {names}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is larger than the limit and is in no zip: upload it by hand.</source>
        <translation>{name} är större än gränsen och finns inte i någon zip: ladda upp den för hand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is in which zip: {index}</source>
        <translation>Vem som finns i vilken zip: {index}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Uploading in the background…</source>
        <translation>Laddar upp i bakgrunden …</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Stopping after the current request…</source>
        <translation>Stoppar efter den pågående begäran …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{done:.1f} av {total:.1f} MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploading</source>
        <translation>Laddar upp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posting the comment</source>
        <translation>Skickar kommentaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Överhoppad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{returned} returned now, {already} were returned already.</source>
        <translation>{returned} tillbakalämnade nu, {already} var redan tillbakalämnade.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trying again by itself in {seconds} s.</source>
        <translation>Försöker igen av sig själv om {seconds} s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: skipped, not matched with certainty. {reason}</source>
        <translation>{name}: överhoppad, kunde inte paras ihop med säkerhet. {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/review.py" line="+126"/>
        <source>Feedback for {student}</source>
        <translation>Återkoppling till {student}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+444"/>
        <source>&amp;Play</source>
        <translation>Spela &amp;upp</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hear the &amp;voice cleaned</source>
        <translation>Hör den &amp;rensade rösten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the take as the export will sound: room noise lowered, voice levelled</source>
        <translation>Spela upp inspelningen så som exporten kommer att låta: rumsbrus sänkt, rösten utjämnad</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+64"/>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Chapter text (optional)</source>
        <translation>Kapiteltext (valfri)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No criterion</source>
        <translation>Inget kriterium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>−1 s</source>
        <translation>−1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chapter one second earlier (Alt+Left)</source>
        <translation>Flytta kapitlet en sekund tidigare (Alt+vänster)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+1 s</source>
        <translation>+1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chapter one second later (Alt+Right)</source>
        <translation>Flytta kapitlet en sekund senare (Alt+höger)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;here</source>
        <translation>Flytta &amp;hit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the chapter at the player&apos;s position</source>
        <translation>Låt kapitlet börja där uppspelningen är</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete chapter</source>
        <translation>Ta bort &amp;kapitel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo delete</source>
        <translation>Ångra borttagningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the chapter deleted last (Ctrl+Z)</source>
        <translation>Ta tillbaka det senast borttagna kapitlet (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add chapter here</source>
        <translation>&amp;Lägg till kapitel här</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapter &amp;text:</source>
        <translation>Kapitel&amp;text:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Criterion:</source>
        <translation>K&amp;riterium:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stored with the feedback; never drawn into the video</source>
        <translation>Sparas med återkopplingen; visas aldrig i videon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short note for the student (optional)</source>
        <translation>En kort anteckning till eleven (valfri)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Grade practice:</source>
        <translation>Betygs&amp;praxis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gra&amp;de:</source>
        <translation>&amp;Betyg:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier feedback:</source>
        <translation>Tidigare återkoppling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade and note</source>
        <translation>Betyg och anteckning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retake all</source>
        <translation>Spela in &amp;allt igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard since last pause and contin&amp;ue</source>
        <translation>Släng allt sedan senaste pausen och &amp;fortsätt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;more at the end</source>
        <translation>Spela in &amp;mer i slutet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep all of this take and go on recording after its end</source>
        <translation>Behåll hela den här inspelningen och fortsätt spela in efter dess slut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Throw away what was recorded after {time} and record on from there</source>
        <translation>Släng det som spelats in efter {time} och spela in vidare därifrån</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This take was never paused.</source>
        <translation>Den här inspelningen pausades aldrig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not possible for this take.</source>
        <translation>Inte möjligt för den här inspelningen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the video and chapter files for the student (Ctrl+S)</source>
        <translation>Skriv videon och kapitelfilerna till eleven (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export and ne&amp;xt</source>
        <translation>Exportera och n&amp;ästa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export, then prepare the next student (Ctrl+Shift+S)</source>
        <translation>Exportera och förbered sedan nästa elev (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next student</source>
        <translation>&amp;Nästa elev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Tillbaka till listan</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Discard and continue</source>
        <translation>Släng och fortsätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard {time} recorded since the last pause?</source>
        <translation>Slänga {time} som spelats in sedan senaste pausen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video is kept up to {time}; recording goes on from there after the countdown. Until the new part is finished, the take stays as it is.</source>
        <translation>Videon behålls fram till {time}; inspelningen fortsätter därifrån efter nedräkningen. Tills den nya delen är klar förblir inspelningen som den är.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard and continue</source>
        <translation>&amp;Släng och fortsätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>&amp;Keep the take</source>
        <translation>&amp;Behåll inspelningen</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Captions not ready</source>
        <translation>Undertexterna är inte klara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speech recognition model is still being downloaded ({percent} %).</source>
        <translation>Taligenkänningsmodellen laddas fortfarande ner ({percent} %).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The captions are still being made ({percent} % done).</source>
        <translation>Undertexterna skapas fortfarande ({percent} % klart).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The captions are made once the model is here. Export later from this review, or now without captions?</source>
        <translation>Undertexterna skapas när modellen är här. Exportera senare från den här granskningen, eller nu utan undertexter?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export when they are ready (it starts by itself; you can go on working, also with the next student), or now without captions?</source>
        <translation>Exportera när undertexterna är klara (det startar av sig självt; du kan fortsätta arbeta, även med nästa elev), eller nu utan undertexter?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export when ready</source>
        <translation>&amp;Exportera när de är klara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;now without captions</source>
        <translation>Exportera &amp;nu utan undertexter</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Retake all</source>
        <translation>Spela in allt igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the feedback for {student} again from the start?</source>
        <translation>Spela in återkopplingen till {student} igen från början?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The take you have now ({time}) is replaced when the new one is finished; until then it stays as it is.</source>
        <translation>Inspelningen du har nu ({time}) ersätts när den nya är klar; till dess förblir den som den är.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record again</source>
        <translation>&amp;Spela in igen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preparing the cleaned voice…</source>
        <translation>Förbereder den rensade rösten …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The cleaned voice could not be prepared: {reason}</source>
        <translation>Den rensade rösten kunde inte förberedas: {reason}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Deleted “{title}”; Ctrl+Z brings it back.</source>
        <translation>Tog bort ”{title}”; Ctrl+Z tar tillbaka det.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The grade you said in the video</source>
        <translation>Betyget som du sa i videon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the LMS; not in the video</source>
        <translation>Till lärplattformen; inte i videon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No grade for this assignment</source>
        <translation>Inget betyg på den här uppgiften</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <location filename="../../ui/rubric_editor.py" line="+49"/>
        <source>Rubric criteria</source>
        <translation>Bedömningskriterier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add &amp;criterion</source>
        <translation>Lägg till &amp;kriterium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remov&amp;e</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importera CSV …</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Import rubric</source>
        <translation>Importera bedömningskriterier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line {line} of {file}: {problem}</source>
        <translation>Rad {line} i {file}: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rubric could not be read</source>
        <translation>Bedömningskriterierna kunde inte läsas</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+13"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target length, &amp;from:</source>
        <translation>Mållängd, &amp;från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target length, &amp;to:</source>
        <translation>Mållängd, &amp;till:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Countdown:</source>
        <translation>&amp;Nedräkning:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Grade practice:</source>
        <translation>Betygs&amp;praxis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the student&apos;s file when recording starts</source>
        <translation>&amp;Öppna elevens fil när inspelningen börjar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;sound</source>
        <translation>Spela in &amp;ljud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lean and level the voice in the exported video</source>
        <translation>&amp;Rensa och jämna ut rösten i den exporterade videon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowers fan, keyboard and room noise between phrases and brings the voice to an even loudness</source>
        <translation>Dämpar fläkt-, tangentbords- och rumsbrus mellan fraserna och ger rösten jämn ljudstyrka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Frames per second:</source>
        <translation>&amp;Bilder per sekund:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Ändra …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to record:</source>
        <translation>Vad som ska spelas in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These work while another program has focus. Click a field and press the keys, for example Ctrl+Shift+1.</source>
        <translation>De här fungerar även när ett annat program har fokus. Klicka i ett fält och tryck på tangenterna, till exempel Ctrl+Shift+1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tiny: fastest, makes the most mistakes</source>
        <translation>Tiny: snabbast, gör flest fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base: recommended, ready before the next take</source>
        <translation>Base: rekommenderas, klar före nästa inspelning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small: more accurate, needs a fast computer</source>
        <translation>Small: noggrannare, kräver en snabb dator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: accurate, slow</source>
        <translation>Medium: noggrann, långsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large: most accurate, very slow</source>
        <translation>Large: noggrannast, mycket långsam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speech recognition &amp;model:</source>
        <translation>Taligenkännings&amp;modell:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: a model is downloaded when needed</source>
        <translation>Ingen: en modell laddas ner vid behov</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School&apos;s models &amp;folder:</source>
        <translation>Skolans modell&amp;mapp:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captions are made on this computer while you review; the model size applies to the next take&apos;s captions.</source>
        <translation>Undertexterna skapas på den här datorn medan du granskar; modellstorleken gäller nästa inspelnings undertexter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Captions</source>
        <translation>Undertexter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>School&apos;s models folder</source>
        <translation>Skolans modellmapp</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” cannot be a hotkey: use Ctrl, Alt or Meta with a letter, a digit or F1–F12.</source>
        <translation>”{text}” kan inte vara en snabbtangent: använd Ctrl, Alt eller Meta med en bokstav, en siffra eller F1–F12.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no folder {path}: choose another, or leave the field empty.</source>
        <translation>Mappen {path} finns inte: välj en annan, eller lämna fältet tomt.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&amp;Reset hotkeys</source>
        <translation>&amp;Återställ snabbtangenter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hotkeys</source>
        <translation>Snabbtangenter</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>“{text}” is used twice.</source>
        <translation>”{text}” används två gånger.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/i18n.py" line="+5"/>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Inspelad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
</context>
</TS>
