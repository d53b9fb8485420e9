<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>AssignmentView</name>
    <message>
        <location filename="../../ui/assignment_view.py" line="+82"/>
        <source>Demo assignment: try recording feedback on these texts.</source>
        <translation>Demooppgåve: prøv å spele inn tilbakemelding på desse tekstane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Students</source>
        <translation>Elevar</translation>
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
        <translation>&amp;Elevar:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted files</source>
        <translation>Innleverte filer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bmitted files (Enter opens):</source>
        <translation>Innleverte fi&amp;ler (Enter opnar):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open file</source>
        <translation>O&amp;pna fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record feedback</source>
        <translation>&amp;Spel inn tilbakemelding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record feedback for the selected student (Ctrl+R)</source>
        <translation>Spel inn tilbakemelding til vald elev (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;view take</source>
        <translation>Sjå &amp;gjennom opptaket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the na&amp;me…</source>
        <translation>Rett na&amp;mnet …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name used in the app and the feedback files (F2)</source>
        <translation>Namnet som blir brukt i appen og i tilbakemeldingsfilene (F2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chan&amp;ge…</source>
        <translation>En&amp;dra …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to record</source>
        <translation>Kva som skal takast opp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rubric</source>
        <translation>Vurderingskriterium</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{name} (late)</source>
        <translation>{name} (for seint)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export waits for captions</source>
        <translation>Eksporten ventar på teksting</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No student selected</source>
        <translation>Inga elev vald</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported: {file}</source>
        <translation>Eksportert: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier feedback:</source>
        <translation>Tidlegare tilbakemeldingar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No earlier feedback for this student.</source>
        <translation>Ingen tidlegare tilbakemeldingar til denne eleven.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Correct the name</source>
        <translation>Rett namnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of {name} (as in the app and the feedback files):</source>
        <translation>Namnet til {name} (i appen og i tilbakemeldingsfilene):</translation>
    </message>
</context>
<context>
    <name>CaptionsPanel</name>
    <message>
        <location filename="../../ui/captions_panel.py" line="+60"/>
        <source>Captions</source>
        <translation>Teksting</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spoken language</source>
        <translation>Talespråk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norwegian (bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian (nynorsk)</source>
        <translation>Norsk (nynorsk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make captions</source>
        <translation>Lag teksting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the model</source>
        <translation>Last ned modellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Captions progress</source>
        <translation>Framdrift for tekstinga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caption</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Downloading the speech recognition model: {done} of {total} MB</source>
        <translation>Lastar ned talegjenkjenningsmodellen: {done} av {total} MB</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No captions yet.</source>
        <translation>Inga teksting enno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speech recognition model {model} is not on this computer. Download it once (it stays on this computer), or set the school&apos;s models folder.</source>
        <translation>Talegjenkjenningsmodellen {model} finst ikkje på denne maskina. Last han ned éin gong (han blir liggjande på maskina), eller vel modellmappa til skulen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading the speech recognition model…</source>
        <translation>Lastar ned talegjenkjenningsmodellen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making captions in the background; you can go on working.</source>
        <translation>Lagar teksting i bakgrunnen; du kan arbeide vidare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a caption to correct it; corrections are saved at once.</source>
        <translation>Dobbeltklikk på ei tekstlinje for å rette ho; rettingar blir lagra med ein gong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The captions could not be made: {problem}</source>
        <translation>Tekstinga kunne ikkje lagast: {problem}</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../ui/capture_picker.py" line="+37"/>
        <source>The whole screen</source>
        <translation>Heile skjermen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screen {n} ({w} × {h})</source>
        <translation>Skjerm {n} ({w} × {h})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window “{title}” ({w} × {h})</source>
        <translation>Vindauget «{title}» ({w} × {h})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region {w} × {h} at {x}, {y}</source>
        <translation>Område {w} × {h} ved {x}, {y}</translation>
    </message>
</context>
<context>
    <name>CapturePicker</name>
    <message>
        <location line="+19"/>
        <source>What to record</source>
        <translation>Kva som skal takast opp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A whole &amp;screen</source>
        <translation>Ein heil &amp;skjerm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;window</source>
        <translation>Eit &amp;vindauge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;region you drag</source>
        <translation>Eit &amp;område du drar opp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screen</source>
        <translation>Skjerm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screen {n}: {name} ({w} × {h})</source>
        <translation>Skjerm {n}: {name} ({w} × {h})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window</source>
        <translation>Vindauge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No windows found</source>
        <translation>Fann ingen vindauge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Point at it…</source>
        <translation>&amp;Peik på det …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Drag a region…</source>
        <translation>&amp;Dra opp eit område …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;tart recording</source>
        <translation>S&amp;tart opptaket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording toolbar is kept out of the video.</source>
        <translation>Verktøylinja for opptak blir halden utanfor videoen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Will record: {what}</source>
        <translation>Tek opp: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a region first.</source>
        <translation>Dra opp eit område først.</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chapter title</source>
        <translation>Kapitteltittel</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../ui/countdown.py" line="+24"/>
        <source>Recording starts soon</source>
        <translation>Opptaket startar snart</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feedback for {student}</source>
        <translation>Tilbakemelding til {student}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording starts soon. Press Esc to cancel.</source>
        <translation>Opptaket startar snart. Trykk Esc for å avbryte.</translation>
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
        <translation>Dra for å markere, Delete klipper det bort; dra i stolpane i endane for å korte av. Ctrl+Z angrar.</translation>
    </message>
    <message>
        <location line="+265"/>
        <source>Edited: {length} of {total}</source>
        <translation>Redigert: {length} av {total}</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../../ui/prepare_view.py" line="+87"/>
        <source>{file} (read only)</source>
        <translation>{file} (berre lesing)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is not a text file and no program on this computer opens it. Install a program for it, or talk about it without showing it.</source>
        <translation>{file} er ikkje ei tekstfil, og ingen program på denne maskina opnar ho. Installer eit program for ho, eller snakk om ho utan å vise ho.</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <location filename="../../ui/i18n.py" line="+125"/>
        <source>No grade</source>
        <translation>Ingen karakter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade in the LMS only</source>
        <translation>Karakter berre i læringsplattforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade said in the video</source>
        <translation>Karakter blir sagd i videoen</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+49"/>
        <source>Pause / resume</source>
        <translation>Pause / hald fram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next criterion</source>
        <translation>Neste kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pen on / off</source>
        <translation>Penn av / på</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear drawings</source>
        <translation>Fjern teikningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlighter on / off</source>
        <translation>Merkepenn av / på</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/i18n.py" line="-41"/>
        <source>Same as the system</source>
        <translation>Same som systemet</translation>
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
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open hand-in folder…</source>
        <translation>O&amp;pna innleveringsmappe …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open LMS &amp;zip…</source>
        <translation>Opna &amp;zip-fil frå læringsplattforma …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo assignment</source>
        <translation>Opna &amp;demooppgåva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent assignments</source>
        <translation>&amp;Nyleg brukte oppgåver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;turn to students…</source>
        <translation>Le&amp;ver tilbake til elevane …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillingar …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Snøggtastar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;log folder</source>
        <translation>Opna &amp;loggmappa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent assignments</source>
        <translation>Nyleg brukte oppgåver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Opna …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a hand-in folder (Ctrl+O)</source>
        <translation>Opna ei innleveringsmappe (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} (missing)</source>
        <translation>{name} (manglar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not there any more: moved, renamed or on another disk?</source>
        <translation>{path} er ikkje der lenger: flytta, fått nytt namn eller på ein annan disk?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No recent assignments</source>
        <translation>Ingen nyleg brukte oppgåver</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assignment: Ctrl+R or Enter records feedback for the selected student.</source>
        <translation>Oppgåve: Ctrl+R eller Enter spelar inn tilbakemelding til vald elev.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While recording (toolbar): Ctrl+1/2/3 markers, Ctrl+Space pause, Ctrl+Enter stop, Ctrl+K next criterion, Ctrl+D pen, Ctrl+H highlighter (Esc puts it down), Ctrl+E clear drawings.</source>
        <translation>Under opptak (verktøylinja): Ctrl+1/2/3 markørar, Ctrl+Mellomrom pause, Ctrl+Enter stopp, Ctrl+K neste kriterium, Ctrl+D penn, Ctrl+H merkepenn (Esc legg han frå seg), Ctrl+E fjern teikningar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review: Ctrl+P play, Alt+Left/Right move a chapter, Delete removes it, Ctrl+S exports.</source>
        <translation>Gjennomgang: Ctrl+P spel av, Alt+venstre/høgre flyttar eit kapittel, Delete fjernar det, Ctrl+S eksporterer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anywhere, also while the student&apos;s document has focus:</source>
        <translation>Overalt, også når dokumentet til eleven har fokus:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Snøggtastar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open hand-in folder</source>
        <translation>Opna innleveringsmappe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open LMS zip</source>
        <translation>Opna zip-fil frå læringsplattforma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip-filer (*.zip)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening the demo assignment…</source>
        <translation>Opnar demooppgåva …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening {name}…</source>
        <translation>Opnar {name} …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The assignment could not be opened.</source>
        <translation>Oppgåva kunne ikkje opnast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open</source>
        <translation>Kunne ikkje opne</translation>
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
        <translation>Denne innleveringa er skriveverna; tilbakemeldinga går til {folder}.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The hand-in folder {path} is read-only, so the feedback cannot be written beside it. Choose a folder for this assignment&apos;s feedback; recording works as usual.</source>
        <translation>Innleveringsmappa {path} er skriveverna, så tilbakemeldinga kan ikkje skrivast ved sida av ho. Vel ei mappe for tilbakemeldingane til denne oppgåva; opptak verkar som vanleg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only hand-in folder</source>
        <translation>Skriveverna innleveringsmappe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Vel ei mappe …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Seinare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the feedback for {name} goes</source>
        <translation>Kvar tilbakemeldinga til {name} skal</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open the hand-in inside?</source>
        <translation>Opne innleveringa inni?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{opened} looks like the folder above a hand-in: it holds “{inside}”, whose folders look like the students&apos;. Open “{inside}” instead?</source>
        <translation>{opened} ser ut som mappa over ei innlevering: ho inneheld «{inside}», der mappene ser ut som elevane sine. Opne «{inside}» i staden?</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The rubric could not be saved: {problem}</source>
        <translation>Vurderingskriteria kunne ikkje lagrast: {problem}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Use this</source>
        <translation>&amp;Bruk dette</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The planned points could not be saved: {problem}</source>
        <translation>Dei planlagde punkta kunne ikkje lagrast: {problem}</translation>
    </message>
    <message>
        <location line="+189"/>
        <location line="+41"/>
        <source>Recording problem</source>
        <translation>Problem med opptaket</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The video could not be finished.</source>
        <translation>Videoen kunne ikkje gjerast ferdig.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The export starts when the captions are ready.</source>
        <translation>Eksporten startar når tekstinga er klar.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Exports are waiting</source>
        <translation>Eksportar ventar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export for {students} waits for the captions.</source>
        <translation>Eksporten for {students} ventar på tekstinga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit anyway? The recordings are kept; export them the next time you open the assignment.</source>
        <translation>Avslutte likevel? Opptaka blir tekne vare på; eksporter dei neste gong du opnar oppgåva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit without exporting</source>
        <translation>&amp;Avslutt utan å eksportere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wait</source>
        <translation>&amp;Vent</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the feedback files…</source>
        <translation>Skriv tilbakemeldingsfilene …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting the feedback for {student}…</source>
        <translation>Eksporterer tilbakemeldinga til {student} …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exported the feedback for {student} to {folder}</source>
        <translation>Tilbakemeldinga til {student} er eksportert til {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to {folder}</source>
        <translation>Eksportert til {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>({count} chapters were in cut stretches: left out)</source>
        <translation>({count} kapittel låg i bortklipte delar og er utelatne)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Eksporten mislukkast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The feedback for {student} was not exported: {problem}</source>
        <translation>Tilbakemeldinga til {student} vart ikkje eksportert: {problem}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every student has feedback.</source>
        <translation>Alle elevane har fått tilbakemelding.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Recovering the recording…</source>
        <translation>Bergar opptaket …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not recover</source>
        <translation>Kunne ikkje berge opptaket</translation>
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
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed forward</source>
        <translation>Framovermelding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where am I going?</source>
        <translation>Kvar skal eg?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How am I going?</source>
        <translation>Kvar er eg no?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to next?</source>
        <translation>Kva er neste steg?</translation>
    </message>
</context>
<context>
    <name>MicCheckDialog</name>
    <message>
        <location filename="../../ui/mic_check.py" line="+83"/>
        <source>Microphone check</source>
        <translation>Mikrofonsjekk</translation>
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
        <translation>&amp;Hald fram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;without sound</source>
        <translation>Ta opp &amp;utan lyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look again</source>
        <translation>&amp;Leit på nytt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check that your voice is heard before you record. Say something: the bar should move.</source>
        <translation>Sjekk at røysta di blir høyrd før du tek opp. Sei noko: søyla skal røre seg.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+18"/>
        <source>System default</source>
        <translation>Standard for systemet</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>No microphone was found. Plug one in and choose Look again, or record without sound.</source>
        <translation>Fann ingen mikrofon. Kople til ein og vel Leit på nytt, eller ta opp utan lyd.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Say something…</source>
        <translation>Sei noko …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This microphone is gone. Choose another one.</source>
        <translation>Denne mikrofonen er borte. Vel ein annan.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>We can hear you. Choose Continue when you are ready.</source>
        <translation>Vi høyrer deg. Vel Hald fram når du er klar.</translation>
    </message>
</context>
<context>
    <name>PenOverlay</name>
    <message>
        <location filename="../../ui/pen_overlay.py" line="+126"/>
        <source>Drawing</source>
        <translation>Teikning</translation>
    </message>
</context>
<context>
    <name>PlannedPointsPanel</name>
    <message>
        <location filename="../../ui/planned_points_panel.py" line="+31"/>
        <location line="+11"/>
        <source>Planned points</source>
        <translation>Planlagde punkt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The next marker takes point {n}.</source>
        <translation>Den neste markøren tek punkt {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All planned points are covered; markers take the current criterion.</source>
        <translation>Alle dei planlagde punkta er tekne; markørane tek det gjeldande kriteriet.</translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <location filename="../../ui/prepare_view.py" line="+47"/>
        <source>Prepare feedback for {name}</source>
        <translation>Førebu tilbakemelding til {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted files</source>
        <translation>Innleverte filer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submitted &amp;files (Enter opens):</source>
        <translation>Innleverte &amp;filer (Enter opnar):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open file</source>
        <translation>O&amp;pna fil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record &amp;this window</source>
        <translation>Ta opp &amp;dette vindauget</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earlier feedback:</source>
        <translation>Tidlegare tilbakemeldingar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No earlier feedback for this student.</source>
        <translation>Ingen tidlegare tilbakemeldingar til denne eleven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The student&apos;s work</source>
        <translation>Arbeidet til eleven</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Rubric</source>
        <translation>Vurderingskriterium</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Criterion / level</source>
        <translation>Kriterium / nivå</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No rubric yet: add one in the assignment view.</source>
        <translation>Ingen vurderingskriterium enno: legg til i oppgåvevisinga.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planned points</source>
        <translation>Planlagde punkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Planned points (each marker while recording takes the next one):</source>
        <translation>&amp;Planlagde punkt (kvar markør under opptaket tek det neste):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you want to say (Enter adds it)</source>
        <translation>Det du vil seie (Enter legg det til)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New point</source>
        <translation>Nytt punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New point:</source>
        <translation>&amp;Nytt punkt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No criterion</source>
        <translation>Inga kriterium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>Fjern&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep in the comment bank</source>
        <translation>&amp;Ta vare på i kommentarbanken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer this point again for this criterion, also in later assignments</source>
        <translation>Tilby dette punktet igjen for dette kriteriet, også i seinare oppgåver</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comment bank</source>
        <translation>Kommentarbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forg&amp;et this comment</source>
        <translation>Gløym denne &amp;kommentaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to say</source>
        <translation>Kva du skal seie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chan&amp;ge…</source>
        <translation>En&amp;dra …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Tilbake til lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record</source>
        <translation>&amp;Spel inn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start recording when you are ready (Ctrl+R)</source>
        <translation>Start opptaket når du er klar (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to record:</source>
        <translation>Kva som skal takast opp:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{file} is open in “{title}”. Record that window?</source>
        <translation>{file} er open i «{title}». Ta opp det vindauget?</translation>
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
        <translation>Ko&amp;mmentarbank (Enter legg ein til i planen; vel eit kriterium for å sjå kommentarane til det):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mment bank for {criterion} (Enter adds one to the plan):</source>
        <translation>Ko&amp;mmentarbank for {criterion} (Enter legg ein til i planen):</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../ui/problems.py" line="+43"/>
        <source>The video must be an .mp4 file, not “{path}”. Choose a name ending in .mp4.</source>
        <translation>Videoen må vere ei .mp4-fil, ikkje «{path}». Vel eit namn som sluttar på .mp4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder {path} does not exist. Create it or choose another folder; nothing was recorded.</source>
        <translation>Mappa {path} finst ikkje. Opprett ho eller vel ei anna mappe; ingenting vart teke opp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} exists already and was left as it is. Choose another name; nothing was recorded.</source>
        <translation>{path} finst allereie og vart late vere som ho er. Vel eit anna namn; ingenting vart teke opp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An unfinished recording for {path} is still there. Recover it first: start the app again, or run “vidfeedback recover”. Nothing was lost.</source>
        <translation>Eit uferdig opptak for {path} ligg der framleis. Berg det først: start programmet på nytt, eller køyr «vidfeedback recover». Ingenting gjekk tapt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {path} is read-only. Choose a folder you can write to, or make this one writable; nothing was lost.</source>
        <translation>Mappa {path} er skriveverna. Vel ei mappe du kan skrive til, eller gjer denne skrivbar; ingenting gjekk tapt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app cannot write in {path} ({detail}). Check the folder and try again; nothing was recorded.</source>
        <translation>Programmet kan ikkje skrive i {path} ({detail}). Sjekk mappa og prøv igjen; ingenting vart teke opp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The area to record is not on the screen any more. Choose what to record again.</source>
        <translation>Området som skal takast opp, er ikkje på skjermen lenger. Vel kva som skal takast opp på nytt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The screen cannot be recorded. Start vidfeedback from the desktop you want to record, then try again.</source>
        <translation>Skjermen kan ikkje takast opp. Start vidfeedback frå skrivebordet du vil ta opp, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The microphone “{device}” was not found. Plug it in, or choose another microphone in Settings.</source>
        <translation>Fann ikkje mikrofonen «{device}». Kople han til, eller vel ein annan mikrofon i Innstillingar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The microphone “{device}” cannot be opened. Close other programs that use it, or choose another microphone in Settings.</source>
        <translation>Mikrofonen «{device}» kan ikkje opnast. Lukk andre program som brukar han, eller vel ein annan mikrofon i Innstillingar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The microphone “{device}” delivers no sound. Check that it is plugged in and not used by another program, or choose another microphone in Settings.</source>
        <translation>Mikrofonen «{device}» gir ingen lyd. Sjekk at han er kopla til og ikkje blir brukt av eit anna program, eller vel ein annan mikrofon i Innstillingar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recorder could not do that just now ({state}). Try again; nothing was lost.</source>
        <translation>Opptakaren kunne ikkje gjere det akkurat no ({state}). Prøv igjen; ingenting gjekk tapt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was recorded.</source>
        <translation>Ingenting vart teke opp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The take to continue is gone ({path}). Record the feedback again.</source>
        <translation>Opptaket som skulle haldast fram, er borte ({path}). Spel inn tilbakemeldinga på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The take to continue cannot be read ({path}). It was not changed; record the feedback again.</source>
        <translation>Opptaket som skulle haldast fram, kan ikkje lesast ({path}). Det vart ikkje endra; spel inn tilbakemeldinga på nytt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The take was recorded at {old_size} pixels, but the area to record is now {new_size}. Choose the same area again, or retake all.</source>
        <translation>Opptaket vart teke opp med {old_size} pikslar, men området som skal takast opp, er no {new_size}. Vel det same området igjen, eller ta opp alt på nytt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The take was recorded with sound. Choose a microphone in Settings to continue it, or retake all.</source>
        <translation>Opptaket vart teke opp med lyd. Vel ein mikrofon i Innstillingar for å halde fram med det, eller ta opp alt på nytt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The take was recorded without sound. Turn sound off in Settings to continue it, or retake all.</source>
        <translation>Opptaket vart teke opp utan lyd. Slå av lyd i Innstillingar for å halde fram med det, eller ta opp alt på nytt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new part could not be joined to the earlier take, so it is kept as a take of its own. The earlier take is unchanged.</source>
        <translation>Den nye delen kunne ikkje setjast saman med det tidlegare opptaket, så han er teken vare på som eit eige opptak. Det tidlegare opptaket er uendra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone stopped. Recording goes on with silence: check the microphone.</source>
        <translation>Mikrofonen stoppa. Opptaket held fram med stille: sjekk mikrofonen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The microphone is back.</source>
        <translation>Mikrofonen er tilbake.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is nearly full: about {free_mb} MB is left. Stop soon, or free some space.</source>
        <translation>Disken er nesten full: om lag {free_mb} MB er att. Stopp snart, eller frigjer litt plass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full ({path}). What was recorded so far is kept; free some space.</source>
        <translation>Disken er full ({path}). Det som er teke opp så langt, er teke vare på; frigjer litt plass.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing to {path} failed ({detail}). What was written so far is kept; check the disk and try again.</source>
        <translation>Skriving til {path} mislukkast ({detail}). Det som er skrive så langt, er teke vare på; sjekk disken og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video encoder failed ({detail}). What was recorded so far is kept.</source>
        <translation>Videokodaren feila ({detail}). Det som er teke opp så langt, er teke vare på.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording is paused: resume it to place a marker.</source>
        <translation>Opptaket står på pause: hald fram med det for å setje ein markør.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is being recorded, so no marker was placed.</source>
        <translation>Ingenting blir teke opp, så ingen markør vart sett.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window “{title}” was closed or minimised. Recording goes on with the area where it was last.</source>
        <translation>Vindauget «{title}» vart lukka eller minimert. Opptaket held fram med området der det sist var.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The final video could not be written ({detail}). The recording is kept in {path}: free some space, then start the app again to recover it.</source>
        <translation>Den ferdige videoen kunne ikkje skrivast ({detail}). Opptaket er teke vare på i {path}: frigjer litt plass, og start programmet på nytt for å berge det.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video {path} could not be written ({detail}). Nothing was lost; try again.</source>
        <translation>Videoen {path} kunne ikkje skrivast ({detail}). Ingenting gjekk tapt; prøv igjen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No unfinished recording was found at {path}.</source>
        <translation>Fann ikkje noko uferdig opptak i {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} holds several unfinished recordings ({names}); choose one.</source>
        <translation>{path} inneheld fleire uferdige opptak ({names}); vel eitt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unfinished recording in {path} holds nothing that can be played. Record the feedback again.</source>
        <translation>Det uferdige opptaket i {path} inneheld ingenting som kan spelast av. Spel inn tilbakemeldinga på nytt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The unfinished recording in {path} cannot be read. It is left where it is; record the feedback again.</source>
        <translation>Det uferdige opptaket i {path} kan ikkje lesast. Det blir liggjande der det er; spel inn tilbakemeldinga på nytt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The feedback could not be written. Nothing was lost; the details say why.</source>
        <translation>Tilbakemeldinga kunne ikkje skrivast. Ingenting gjekk tapt; detaljane fortel kvifor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough free space in {path}: about {need_mb} MB is needed and {free_mb} MB is free. Free some space and try again; nothing was lost.</source>
        <translation>Det er ikkje nok ledig plass i {path}: om lag {need_mb} MB trengst, og {free_mb} MB er ledig. Frigjer litt plass og prøv igjen; ingenting gjekk tapt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You do not have permission to write to {path}. Choose another folder or ask for access; nothing was lost.</source>
        <translation>Du har ikkje løyve til å skrive til {path}. Vel ei anna mappe eller be om tilgang; ingenting gjekk tapt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A name is too long for this disk: {path}. Move the hand-in to a folder with a shorter path; nothing was lost.</source>
        <translation>Eit namn er for langt for denne disken: {path}. Flytt innleveringa til ei mappe med kortare sti; ingenting gjekk tapt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not there any more (was a disk unplugged?). Plug it in again and try again; nothing was lost.</source>
        <translation>{path} er ikkje der lenger (vart ein disk kopla frå?). Kople han til igjen og prøv på nytt; ingenting gjekk tapt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} exists and was not made by vidfeedback, so it was left alone. Move or rename it and try again.</source>
        <translation>{path} finst og vart ikkje laga av vidfeedback, så han vart late vere. Flytt han eller gi han nytt namn, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a file where a folder should be; it was left alone. Move or rename it and try again.</source>
        <translation>{path} er ei fil der det skulle ha vore ei mappe; ho vart late vere. Flytt ho eller gi ho nytt namn, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No free file name was found in {path}. Tidy up the folder and try again.</source>
        <translation>Fann ikkje noko ledig filnamn i {path}. Rydd i mappa og prøv igjen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording {path} is gone. Record the feedback again.</source>
        <translation>Opptaket {path} er borte. Spel inn tilbakemeldinga på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording has no length. Record the feedback again.</source>
        <translation>Opptaket har inga lengd. Spel inn tilbakemeldinga på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording {path} cannot be read. Record the feedback again.</source>
        <translation>Opptaket {path} kan ikkje lesast. Spel inn tilbakemeldinga på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} does not exist. Choose the hand-in folder or zip again.</source>
        <translation>{path} finst ikkje. Vel innleveringsmappa eller zip-fila på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is neither a folder nor a zip file. Choose the hand-in folder, or the zip the learning platform gave you.</source>
        <translation>{path} er verken ei mappe eller ei zip-fil. Vel innleveringsmappa, eller zip-fila du fekk frå læringsplattforma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a readable zip file. Download it from the learning platform again.</source>
        <translation>{path} er ikkje ei lesbar zip-fil. Last ho ned frå læringsplattforma på nytt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} has not been unpacked. Open it again to unpack a copy to work on.</source>
        <translation>{path} er ikkje pakka ut. Opna ho igjen for å pakke ut ein kopi å arbeide med.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} holds no files. Download the submissions from the learning platform again.</source>
        <translation>{path} inneheld ingen filer. Last ned innleveringane frå læringsplattforma på nytt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every file in {path} is protected with a password, so none can be read. Download the submissions from the learning platform again, without a password.</source>
        <translation>Alle filene i {path} er verna med passord, så ingen av dei kan lesast. Last ned innleveringane frå læringsplattforma på nytt, utan passord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{student} has no Moodle participant id, so Moodle could not match the feedback. Download the submissions from Moodle again.</source>
        <translation>{student} har ingen deltakar-ID frå Moodle, så Moodle kunne ikkje finne rett elev for tilbakemeldinga. Last ned innleveringane frå Moodle på nytt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The captions could not be made ({detail}). The video is fine and can be exported without them.</source>
        <translation>Tekstinga kunne ikkje lagast ({detail}). Videoen er i orden og kan eksporterast utan teksting.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already has captions, so they were left as they are.</source>
        <translation>{path} har allereie teksting, så ho vart late vere som ho er.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The captions file {path} cannot be read ({detail}). Make the captions again.</source>
        <translation>Tekstfila {path} kan ikkje lesast ({detail}). Lag tekstinga på nytt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The speech recognition model is not on this computer ({detail}). Download it in the settings, or choose the school&apos;s models folder.</source>
        <translation>Talegjenkjenningsmodellen finst ikkje på denne maskina ({detail}). Last han ned i innstillingane, eller vel modellmappa til skulen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This speech recognition model does not understand the language “{lang}”. Choose another model or language.</source>
        <translation>Denne talegjenkjenningsmodellen forstår ikkje språket «{lang}». Vel ein annan modell eller eit anna språk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The speech recognition model could not be downloaded ({detail}). What arrived is kept; try again later to continue.</source>
        <translation>Talegjenkjenningsmodellen kunne ikkje lastast ned ({detail}). Det som kom, er teke vare på; prøv igjen seinare for å halde fram.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A downloaded model file was damaged ({path}) and has been deleted. Try the download again.</source>
        <translation>Ei nedlasta modellfil var skadd ({path}) og er sletta. Prøv nedlastinga på nytt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The edited video could not be written ({detail}). The take is unchanged.</source>
        <translation>Den redigerte videoen kunne ikkje skrivast ({detail}). Opptaket er uendra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cut lies outside the take or ends before it starts ({detail}).</source>
        <translation>Eit klipp ligg utanfor opptaket eller sluttar før det byrjar ({detail}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cuts and trims leave nothing of the take. Undo one of them.</source>
        <translation>Klippa og avkortingane lèt ingenting vere att av opptaket. Angre eitt av dei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This video was not recorded by this program, so it cannot be cut without encoding it again ({path}).</source>
        <translation>Denne videoen vart ikkje teken opp med dette programmet, så han kan ikkje klippast utan å kodast på nytt ({path}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These chapters were in a stretch that was cut, and are left out: {names}.</source>
        <translation>Desse kapitla låg i ein del som vart klipt bort, og er utelatne: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file cannot be read ({detail}).</source>
        <translation>Fila kan ikkje lesast ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a rubric.</source>
        <translation>Fila er for stor til å vere vurderingskriterium.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a text file. If it is an Excel workbook, save it as CSV first.</source>
        <translation>Dette er ikkje ei tekstfil. Om det er ei Excel-arbeidsbok, lagre ho som CSV først.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has no rows.</source>
        <translation>Fila har ingen rader.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has a header but no criteria.</source>
        <translation>Fila har ei overskrift, men ingen kriterium.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row has {fields} fields where the header has {width}; a field that contains the separator must be in double quotes.</source>
        <translation>Rada har {fields} felt der overskrifta har {width}; eit felt som inneheld skiljeteiknet, må stå i doble hermeteikn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The criterion (first column) is empty.</source>
        <translation>Kriteriet (første kolonne) er tomt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The criterion “{name}” is already on line {first_line}.</source>
        <translation>Kriteriet «{name}» står allereie på linje {first_line}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A double quote opens a field that is never closed.</source>
        <translation>Eit dobbelt hermeteikn opnar eit felt som aldri blir lukka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A double quote inside a quoted field must be written twice (&quot;&quot;).</source>
        <translation>Eit dobbelt hermeteikn inne i eit felt med hermeteikn må skrivast to gonger (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a rubric file the app can read; the details say why.</source>
        <translation>Dette er ikkje ei fil med vurderingskriterium som programmet kan lese; detaljane fortel kvifor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{url}” is not an address the app understands. Open the assignment in the browser and copy its address from the address bar.</source>
        <translation>«{url}» er ikkje ei adresse appen forstår. Opna oppgåva i nettlesaren og kopier adressa frå adressefeltet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{url} is not encrypted (http). Use the https address, so that the token and the students&apos; feedback cannot be read on the way.</source>
        <translation>{url} er ikkje kryptert (http). Bruk https-adressa, så tokenet og tilbakemeldingane til elevane ikkje kan lesast undervegs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no access token for {platform}. Make one in {platform} and paste it.</source>
        <translation>Det finst ikkje noko tilgangstoken for {platform}. Lag eitt i {platform} og lim det inn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The computer&apos;s password store cannot be used, so the token was not saved. Start the desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Passordlageret på datamaskina kan ikkje brukast, så tokenet vart ikkje lagra. Start nøkkelringen til skrivebordet (til dømes GNOME Keyring eller KWallet) og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} refused the access token: it is wrong, expired or withdrawn. Make a new token in {platform} and paste it.</source>
        <translation>{platform} avviste tilgangstokenet: det er feil, gått ut eller trekt tilbake. Lag eit nytt token i {platform} og lim det inn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} does not allow this token to do this. Use a token of a teacher in this course.</source>
        <translation>{platform} gir ikkje dette tokenet lov til dette. Bruk eit token til ein lærar i dette emnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} does not know this assignment. Check that the address is the assignment this hand-in was downloaded from.</source>
        <translation>{platform} kjenner ikkje denne oppgåva. Sjekk at adressa er oppgåva denne innleveringa vart lasta ned frå.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} refused a file as too large. Return this student&apos;s feedback by hand, or ask the site&apos;s administrator to raise the upload limit.</source>
        <translation>{platform} avviste ei fil som for stor. Lever tilbakemeldinga til denne eleven for hand, eller be administratoren for nettstaden auke grensa for opplasting.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The course&apos;s file space on {platform} is full. Ask the site&apos;s administrator for more space, or delete old files in the course.</source>
        <translation>Lagringsplassen til emnet på {platform} er full. Be administratoren for nettstaden om meir plass, eller slett gamle filer i emnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} had a problem ({status}) and did not take the feedback. Try again later; what was sent is kept.</source>
        <translation>{platform} hadde eit problem ({status}) og tok ikkje imot tilbakemeldinga. Prøv igjen seinare; det som vart sendt, er teke vare på.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} cannot be reached. Check the network connection and upload again; the upload goes on where it stopped.</source>
        <translation>Får ikkje kontakt med {platform}. Sjekk nettverkssambandet og last opp igjen; opplastinga held fram der ho stoppa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} answered in a way the app does not understand; nothing was posted twice. The details say what was expected.</source>
        <translation>{platform} svara på ein måte appen ikkje forstår; ingenting vart lagt inn to gonger. Detaljane seier kva som var venta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} refused the request. The details give its reason.</source>
        <translation>{platform} avviste førespurnaden. Detaljane gir grunnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} changed or disappeared while it was being sent. Upload again.</source>
        <translation>{path} vart endra eller forsvann medan ho vart send. Last opp igjen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record of what was uploaded, {path}, cannot be read; it was left as it is. Move it away to start the record anew.</source>
        <translation>Oversikta over kva som er lasta opp, {path}, kan ikkje lesast; ho er late vere som ho er. Flytt ho bort for å byrje ei ny oversikt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This assignment is being uploaded already (in another window or on the command line). Wait for it to finish.</source>
        <translation>Denne oppgåva blir lasta opp allereie (i eit anna vindauge eller på kommandolinja). Vent til ho er ferdig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The upload was stopped. Upload again to go on where it stopped.</source>
        <translation>Opplastinga vart stoppa. Last opp igjen for å halde fram der ho stoppa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This hand-in was not downloaded from {platform}, so its students cannot be matched there.</source>
        <translation>Denne innleveringa vart ikkje lasta ned frå {platform}, så elevane kan ikkje finnast att der.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moodle does not tell this token which participant is which student, so the feedback cannot be matched. Use an editing teacher&apos;s token, or the upload zip.</source>
        <translation>Moodle fortel ikkje dette tokenet kva deltakar som er kva elev, så tilbakemeldingane kan ikkje knytast til elevane. Bruk tokenet til ein lærar med redigeringsrett, eller opplastings-zip-en.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This Moodle assignment takes group submissions, so the download names groups, not students. Return the feedback with the upload zip.</source>
        <translation>Denne Moodle-oppgåva har gruppeinnlevering, så nedlastinga namngir grupper, ikkje elevar. Lever tilbakemeldingane med opplastings-zip-en.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This Moodle assignment is graded with a rubric or marking guide ({method}); feedback sent through Moodle&apos;s web services would change it. Return the feedback with the upload zip.</source>
        <translation>Denne Moodle-oppgåva blir vurdert med vurderingsrubrikk eller vurderingsrettleiing ({method}); tilbakemeldingar sende gjennom nettenestene til Moodle ville endra ho. Lever tilbakemeldingane med opplastings-zip-en.</translation>
    </message>
</context>
<context>
    <name>RecordToolbar</name>
    <message>
        <location filename="../../ui/record_toolbar.py" line="+131"/>
        <source>Recording</source>
        <translation>Opptak</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recording for {student}</source>
        <translation>Opptak til {student}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+292"/>
        <source>Redo since pause</source>
        <translation>Ta om frå pausen</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Throw away what was recorded since the last pause; Resume records it again</source>
        <translation>Kast det som er teke opp sidan førre pause; Hald fram tek det opp på nytt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and review (Ctrl+Enter)</source>
        <translation>Stopp og sjå gjennom (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current criterion</source>
        <translation>Gjeldande kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion for the next marker (Ctrl+K: next)</source>
        <translation>Kriterium for neste markør (Ctrl+K: neste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No criterion</source>
        <translation>Inga kriterium</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next criterion</source>
        <translation>Neste kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next criterion (Ctrl+K)</source>
        <translation>Neste kriterium (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pen</source>
        <translation>Penn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw on the document (Ctrl+D; Esc: stop drawing)</source>
        <translation>Teikn på dokumentet (Ctrl+D; Esc: slutt å teikne)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlighter</source>
        <translation>Merkepenn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight on the document (Ctrl+H; Esc: stop highlighting)</source>
        <translation>Merk tekst i dokumentet (Ctrl+H; Esc: slutt å merke)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove all drawings (Ctrl+E)</source>
        <translation>Fjern alle teikningar (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+88"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+88"/>
        <source>Resume</source>
        <translation>Hald fram</translation>
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
        <translation>Lengre enn målet ditt for lengd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded time (pauses not counted) and target</source>
        <translation>Innspelt tid (utan pausar) og mål</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pause or resume (Ctrl+Space)</source>
        <translation>Pause eller hald fram (Ctrl+Mellomrom)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Throw away the {time} recorded since the last pause?</source>
        <translation>Kaste dei {time} som er tekne opp sidan førre pause?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume then records that part again.</source>
        <translation>Når du held fram, blir den delen teken opp på nytt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Throw it away</source>
        <translation>&amp;Kast det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Behald det</translation>
    </message>
</context>
<context>
    <name>RecordingSession</name>
    <message>
        <location filename="../../ui/session.py" line="+582"/>
        <source>Finishing the video…</source>
        <translation>Gjer ferdig videoen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finishing</source>
        <translation>Gjer ferdig</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../../ui/recovery_prompt.py" line="+23"/>
        <source>Recover the last recording?</source>
        <translation>Berge det siste opptaket?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app stopped while you were recording feedback for {student}. The recording can be recovered up to the last second.</source>
        <translation>Programmet stoppa medan du spelte inn tilbakemelding til {student}. Opptaket kan bergast fram til det siste sekundet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover it now and review it?</source>
        <translation>Vil du berge det no og sjå gjennom det?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recover</source>
        <translation>&amp;Berg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard the recording</source>
        <translation>&amp;Kast opptaket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Seinare</translation>
    </message>
</context>
<context>
    <name>RegionOverlay</name>
    <message>
        <location filename="../../ui/region_overlay.py" line="+56"/>
        <source>Choose what to record</source>
        <translation>Vel kva som skal takast opp</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Drag to choose the area to record. Enter: record this area. Esc: cancel.</source>
        <translation>Dra for å velje området som skal takast opp. Enter: ta opp dette området. Esc: avbryt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the window to record. Enter: record it. Esc: cancel.</source>
        <translation>Klikk på vindauget som skal takast opp. Enter: ta det opp. Esc: avbryt.</translation>
    </message>
</context>
<context>
    <name>ReturnView</name>
    <message>
        <location filename="../../ui/return_view.py" line="+304"/>
        <source>Return to students: {assignment}</source>
        <translation>Lever tilbake til elevane: {assignment}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Student</source>
        <translation>Elev</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+162"/>
        <location line="+195"/>
        <source>Returned</source>
        <translation>Levert tilbake</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Upload</source>
        <translation>Opplasting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moodle: upload zip</source>
        <translation>Moodle: opplastings-zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course&apos;s upload &amp;limit (MB):</source>
        <translation>&amp;Grense for opplasting i emnet (MB):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make upload zips</source>
        <translation>&amp;Lag opplastings-zip-ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w folder</source>
        <translation>Vis &amp;mappa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Moodle: 1. open the assignment and “View all submissions”; 2. Grading action → “Upload multiple feedback files in a zip”; 3. choose “All participants” and upload one zip at a time.</source>
        <translation>I Moodle: 1. opna oppgåva og «Vis alle innleveringar»; 2. Vurderingshandling → «Last opp fleire tilbakemeldingsfiler i ein zip»; 3. vel «Alle deltakarar» og last opp éin zip om gongen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upload to Canvas</source>
        <translation>Last opp til Canvas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upload to Moodle</source>
        <translation>Last opp til Moodle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignment&apos;s &amp;address:</source>
        <translation>&amp;Adressa til oppgåva:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moodle site&apos;s &amp;address:</source>
        <translation>&amp;Adressa til Moodle-nettstaden:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assignment id (view.php?id=…):</source>
        <translation>Oppgåve-id (view.php?id=…):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;token:</source>
        <translation>Tilgangs&amp;token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload</source>
        <translation>Last &amp;opp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the token</source>
        <translation>Gløym tokenet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to the students</source>
        <translation>&amp;Tilbake til elevane</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>saved in the computer&apos;s password store</source>
        <translation>lagra i passordlageret på datamaskina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paste it here</source>
        <translation>lim det inn her</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the exported feedback…</source>
        <translation>Les den eksporterte tilbakemeldinga …</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{exported} to return, {changed} changed since the last return, {returned} returned, {missing} not exported yet.</source>
        <translation>{exported} å levere, {changed} endra sidan sist levert, {returned} levert tilbake, {missing} ikkje eksportert enno.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not exported</source>
        <translation>Ikkje eksportert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since the last return</source>
        <translation>Endra sidan sist levert</translation>
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
        <translation>{name} er større enn grensa og er ikkje i nokon zip: last det opp for hand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is in which zip: {index}</source>
        <translation>Kven som er i kva zip: {index}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Uploading in the background…</source>
        <translation>Lastar opp i bakgrunnen …</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Stopping after the current request…</source>
        <translation>Stoppar etter førespurnaden som går no …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{done:.1f} av {total:.1f} MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting</source>
        <translation>Ventar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploading</source>
        <translation>Lastar opp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posting the comment</source>
        <translation>Legg inn kommentaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Hoppa over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Mislukkast</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{returned} returned now, {already} were returned already.</source>
        <translation>{returned} levert no, {already} var levert frå før.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trying again by itself in {seconds} s.</source>
        <translation>Prøver igjen av seg sjølv om {seconds} s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: skipped, not matched with certainty. {reason}</source>
        <translation>{name}: hoppa over, ikkje sikkert kven dette er. {reason}</translation>
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
        <translation>Tilbakemelding til {student}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+444"/>
        <source>&amp;Play</source>
        <translation>Spel &amp;av</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>Position</source>
        <translation>Posisjon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hear the &amp;voice cleaned</source>
        <translation>Høyr den &amp;reinsa røysta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the take as the export will sound: room noise lowered, voice levelled</source>
        <translation>Spel av opptaket slik eksporten vil høyrast: romstøy dempa, røysta jamna ut</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+64"/>
        <source>Chapters</source>
        <translation>Kapittel</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Chapter text (optional)</source>
        <translation>Kapitteltekst (valfri)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No criterion</source>
        <translation>Inga kriterium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>−1 s</source>
        <translation>−1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chapter one second earlier (Alt+Left)</source>
        <translation>Flytt kapittelet eitt sekund tidlegare (Alt+venstre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+1 s</source>
        <translation>+1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chapter one second later (Alt+Right)</source>
        <translation>Flytt kapittelet eitt sekund seinare (Alt+høgre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;here</source>
        <translation>Flytt &amp;hit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the chapter at the player&apos;s position</source>
        <translation>La kapittelet starte der avspelinga er</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete chapter</source>
        <translation>S&amp;lett kapittel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo delete</source>
        <translation>Angre slettinga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the chapter deleted last (Ctrl+Z)</source>
        <translation>Hent tilbake kapittelet som vart sletta sist (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add chapter here</source>
        <translation>Le&amp;gg til kapittel her</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapter &amp;text:</source>
        <translation>Kapittel&amp;tekst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
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
        <translation>Blir lagra med tilbakemeldinga; blir aldri vist i videoen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short note for the student (optional)</source>
        <translation>Ein kort merknad til eleven (valfri)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Grade practice:</source>
        <translation>Karakter&amp;praksis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gra&amp;de:</source>
        <translation>&amp;Karakter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier feedback:</source>
        <translation>Tidlegare tilbakemeldingar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade and note</source>
        <translation>Karakter og merknad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retake all</source>
        <translation>Ta &amp;opp alt på nytt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard since last pause and contin&amp;ue</source>
        <translation>Kast alt sidan førre pause og &amp;hald fram</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;more at the end</source>
        <translation>Ta opp &amp;meir på slutten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep all of this take and go on recording after its end</source>
        <translation>Behald heile dette opptaket og ta opp vidare etter slutten av det</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Throw away what was recorded after {time} and record on from there</source>
        <translation>Kast det som er teke opp etter {time}, og ta opp vidare derifrå</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This take was never paused.</source>
        <translation>Dette opptaket vart aldri sett på pause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not possible for this take.</source>
        <translation>Ikkje mogleg for dette opptaket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the video and chapter files for the student (Ctrl+S)</source>
        <translation>Skriv videoen og kapittelfilene til eleven (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export and ne&amp;xt</source>
        <translation>Eksporter og ne&amp;ste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export, then prepare the next student (Ctrl+Shift+S)</source>
        <translation>Eksporter, og førebu så neste elev (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next student</source>
        <translation>&amp;Neste elev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Tilbake til lista</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Discard and continue</source>
        <translation>Kast og hald fram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard {time} recorded since the last pause?</source>
        <translation>Kaste {time} som er teke opp sidan førre pause?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video is kept up to {time}; recording goes on from there after the countdown. Until the new part is finished, the take stays as it is.</source>
        <translation>Videoen blir behalden fram til {time}; opptaket held fram derifrå etter nedteljinga. Til den nye delen er ferdig, er opptaket uendra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard and continue</source>
        <translation>&amp;Kast og hald fram</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>&amp;Keep the take</source>
        <translation>&amp;Behald opptaket</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Captions not ready</source>
        <translation>Tekstinga er ikkje klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speech recognition model is still being downloaded ({percent} %).</source>
        <translation>Talegjenkjenningsmodellen blir framleis lasta ned ({percent} %).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The captions are still being made ({percent} % done).</source>
        <translation>Tekstinga blir framleis laga ({percent} % ferdig).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The captions are made once the model is here. Export later from this review, or now without captions?</source>
        <translation>Tekstinga blir laga når modellen er her. Eksportere seinare frå denne gjennomgangen, eller no utan teksting?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export when they are ready (it starts by itself; you can go on working, also with the next student), or now without captions?</source>
        <translation>Eksportere når tekstinga er klar (ho startar av seg sjølv; du kan arbeide vidare, også med neste elev), eller no utan teksting?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export when ready</source>
        <translation>&amp;Eksporter når ho er klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;now without captions</source>
        <translation>Eksporter &amp;no utan teksting</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Retake all</source>
        <translation>Ta opp alt på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the feedback for {student} again from the start?</source>
        <translation>Ta opp tilbakemeldinga til {student} på nytt frå byrjinga?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The take you have now ({time}) is replaced when the new one is finished; until then it stays as it is.</source>
        <translation>Opptaket du har no ({time}), blir bytt ut når det nye er ferdig; til då blir det verande som det er.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record again</source>
        <translation>&amp;Ta opp på nytt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Pause</source>
        <translation>P&amp;ause</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preparing the cleaned voice…</source>
        <translation>Førebur den reinsa røysta …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The cleaned voice could not be prepared: {reason}</source>
        <translation>Den reinsa røysta kunne ikkje førebuast: {reason}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Deleted “{title}”; Ctrl+Z brings it back.</source>
        <translation>Sletta «{title}»; Ctrl+Z hentar det tilbake.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The grade you said in the video</source>
        <translation>Karakteren du sa i videoen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the LMS; not in the video</source>
        <translation>Til læringsplattforma; ikkje i videoen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No grade for this assignment</source>
        <translation>Ingen karakter på denne oppgåva</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <location filename="../../ui/rubric_editor.py" line="+49"/>
        <source>Rubric criteria</source>
        <translation>Vurderingskriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add &amp;criterion</source>
        <translation>Legg til &amp;kriterium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remov&amp;e</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer CSV …</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Import rubric</source>
        <translation>Importer vurderingskriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line {line} of {file}: {problem}</source>
        <translation>Linje {line} i {file}: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rubric could not be read</source>
        <translation>Vurderingskriteria kunne ikkje lesast</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+13"/>
        <source>Settings</source>
        <translation>Innstillingar</translation>
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
        <translation>Ønskt lengd, &amp;frå:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target length, &amp;to:</source>
        <translation>Ønskt lengd, &amp;til:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Countdown:</source>
        <translation>&amp;Nedteljing:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Grade practice:</source>
        <translation>Karakter&amp;praksis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the student&apos;s file when recording starts</source>
        <translation>O&amp;pna fila til eleven når opptaket startar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;sound</source>
        <translation>Ta opp &amp;lyd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lean and level the voice in the exported video</source>
        <translation>&amp;Reins og jamn ut stemma i den eksporterte videoen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowers fan, keyboard and room noise between phrases and brings the voice to an even loudness</source>
        <translation>Dempar vifte-, tastatur- og romstøy mellom setningane og gir stemma jamn lydstyrke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System default</source>
        <translation>Standard for systemet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Frames per second:</source>
        <translation>&amp;Bilete per sekund:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Endra …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to record:</source>
        <translation>Kva som skal takast opp:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Einingar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These work while another program has focus. Click a field and press the keys, for example Ctrl+Shift+1.</source>
        <translation>Desse verkar også når eit anna program har fokus. Klikk i eit felt og trykk tastane, til dømes Ctrl+Shift+1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tiny: fastest, makes the most mistakes</source>
        <translation>Tiny: raskast, gjer flest feil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base: recommended, ready before the next take</source>
        <translation>Base: tilrådd, klar før neste opptak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small: more accurate, needs a fast computer</source>
        <translation>Small: meir nøyaktig, treng ei rask datamaskin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: accurate, slow</source>
        <translation>Medium: nøyaktig, treg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large: most accurate, very slow</source>
        <translation>Large: mest nøyaktig, svært treg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speech recognition &amp;model:</source>
        <translation>Talegjenkjennings&amp;modell:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: a model is downloaded when needed</source>
        <translation>Ingen: ein modell blir lasta ned ved behov</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vel …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School&apos;s models &amp;folder:</source>
        <translation>Skulen si modell&amp;mappe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captions are made on this computer while you review; the model size applies to the next take&apos;s captions.</source>
        <translation>Tekstinga blir laga på denne datamaskina medan du går gjennom opptaket; modellstorleiken gjeld tekstinga for neste opptak.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Captions</source>
        <translation>Teksting</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>School&apos;s models folder</source>
        <translation>Skulen si modellmappe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” cannot be a hotkey: use Ctrl, Alt or Meta with a letter, a digit or F1–F12.</source>
        <translation>«{text}» kan ikkje vere ein snøggtast: bruk Ctrl, Alt eller Meta med ein bokstav, eit siffer eller F1–F12.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no folder {path}: choose another, or leave the field empty.</source>
        <translation>Mappa {path} finst ikkje: vel ei anna, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&amp;Reset hotkeys</source>
        <translation>&amp;Tilbakestill snøggtastar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hotkeys</source>
        <translation>Snøggtastar</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>“{text}” is used twice.</source>
        <translation>«{text}» er brukt to gonger.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/i18n.py" line="+5"/>
        <source>Not started</source>
        <translation>Ikkje starta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Innspelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
</context>
</TS>
