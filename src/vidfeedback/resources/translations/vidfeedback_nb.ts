<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AssignmentView</name>
    <message>
        <location filename="../../ui/assignment_view.py" line="+82"/>
        <source>Demo assignment: try recording feedback on these texts.</source>
        <translation>Demooppgave: prøv å spille inn tilbakemelding på disse tekstene.</translation>
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
        <translation>Innleverte filer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bmitted files (Enter opens):</source>
        <translation>Innleverte fi&amp;ler (Enter åpner):</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Chan&amp;ge…</source>
        <translation>En&amp;dre …</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Open file</source>
        <translation>Å&amp;pne fil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record feedback</source>
        <translation>&amp;Spill inn tilbakemelding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record feedback for the selected student (Ctrl+R)</source>
        <translation>Spill inn tilbakemelding til valgt elev (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;view take</source>
        <translation>Se &amp;gjennom opptaket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the na&amp;me…</source>
        <translation>Rett na&amp;vnet …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name used in the app and the feedback files (F2)</source>
        <translation>Navnet som brukes i appen og i tilbakemeldingsfilene (F2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What to record</source>
        <translation>Hva som tas opp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rubric</source>
        <translation>Vurderingskriterier</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{name} (late)</source>
        <translation>{name} (for sent)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export waits for captions</source>
        <translation>Eksporten venter på teksting</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No student selected</source>
        <translation>Ingen elev valgt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported: {file}</source>
        <translation>Eksportert: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier feedback:</source>
        <translation>Tidligere tilbakemeldinger:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No earlier feedback for this student.</source>
        <translation>Ingen tidligere tilbakemeldinger til denne eleven.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Correct the name</source>
        <translation>Rett navnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of {name} (as in the app and the feedback files):</source>
        <translation>Navnet til {name} (i appen og i tilbakemeldingsfilene):</translation>
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
        <location line="+8"/>
        <source>Captions progress</source>
        <translation>Framdrift for tekstingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caption</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No captions yet.</source>
        <translation>Ingen teksting ennå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speech recognition model {model} is not on this computer. Download it once (it stays on this computer), or set the school&apos;s models folder.</source>
        <translation>Talegjenkjenningsmodellen {model} finnes ikke på denne maskinen. Last den ned én gang (den blir liggende på maskinen), eller angi skolens modellmappe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making captions in the background; you can go on working.</source>
        <translation>Lager teksting i bakgrunnen; du kan jobbe videre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a caption to correct it; corrections are saved at once.</source>
        <translation>Dobbeltklikk på en tekstlinje for å rette den; rettelser lagres med en gang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The captions could not be made: {problem}</source>
        <translation>Tekstingen kunne ikke lages: {problem}</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Download the model</source>
        <translation>Last ned modellen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Downloading the speech recognition model: {done} of {total} MB</source>
        <translation>Laster ned talegjenkjenningsmodellen: {done} av {total} MB</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Downloading the speech recognition model…</source>
        <translation>Laster ned talegjenkjenningsmodellen …</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../ui/capture_picker.py" line="+37"/>
        <source>The whole screen</source>
        <translation>Hele skjermen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screen {n} ({w} × {h})</source>
        <translation>Skjerm {n} ({w} × {h})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window “{title}” ({w} × {h})</source>
        <translation>Vinduet «{title}» ({w} × {h})</translation>
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
        <translation>Hva som skal tas opp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A whole &amp;screen</source>
        <translation>En hel &amp;skjerm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;window</source>
        <translation>Et &amp;vindu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;region you drag</source>
        <translation>Et &amp;område du drar opp</translation>
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
        <translation>Vindu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No windows found</source>
        <translation>Fant ingen vinduer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Point at it…</source>
        <translation>&amp;Pek på det …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Drag a region…</source>
        <translation>&amp;Dra opp et område …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;tart recording</source>
        <translation>S&amp;tart opptaket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording toolbar is kept out of the video.</source>
        <translation>Verktøylinjen for opptak holdes utenfor videoen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Will record: {what}</source>
        <translation>Tar opp: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a region first.</source>
        <translation>Dra opp et område først.</translation>
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
        <translation>Opptaket starter snart</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feedback for {student}</source>
        <translation>Tilbakemelding til {student}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording starts soon. Press Esc to cancel.</source>
        <translation>Opptaket starter snart. Trykk Esc for å avbryte.</translation>
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
        <translation>Dra for å markere, Delete klipper det bort; dra i stolpene i endene for å korte av. Ctrl+Z angrer.</translation>
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
        <translation>{file} (skrivebeskyttet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is not a text file and no program on this computer opens it. Install a program for it, or talk about it without showing it.</source>
        <translation>{file} er ikke en tekstfil, og ingen programmer på denne maskinen åpner den. Installer et program for den, eller snakk om den uten å vise den.</translation>
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
        <translation>Karakter bare i læringsplattformen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade said in the video</source>
        <translation>Karakter sies i videoen</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+49"/>
        <source>Pause / resume</source>
        <translation>Pause / fortsett</translation>
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
        <translation>Fjern tegninger</translation>
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
        <translation>Samme som systemet</translation>
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
        <translation>Å&amp;pne innleveringsmappe …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open LMS &amp;zip…</source>
        <translation>Åpne &amp;zip-fil fra læringsplattformen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo assignment</source>
        <translation>Åpne &amp;demooppgaven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent assignments</source>
        <translation>&amp;Nylig brukte oppgaver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;turn to students…</source>
        <translation>Le&amp;ver tilbake til elevene …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger …</translation>
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
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;log folder</source>
        <translation>Åpne &amp;loggmappen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent assignments</source>
        <translation>Nylig brukte oppgaver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Åpne …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a hand-in folder (Ctrl+O)</source>
        <translation>Åpne en innleveringsmappe (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} (missing)</source>
        <translation>{name} (mangler)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not there any more: moved, renamed or on another disk?</source>
        <translation>{path} er ikke der lenger: flyttet, fått nytt navn eller på en annen disk?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No recent assignments</source>
        <translation>Ingen nylig brukte oppgaver</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assignment: Ctrl+R or Enter records feedback for the selected student.</source>
        <translation>Oppgave: Ctrl+R eller Enter spiller inn tilbakemelding til valgt elev.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While recording (toolbar): Ctrl+1/2/3 markers, Ctrl+Space pause, Ctrl+Enter stop, Ctrl+K next criterion, Ctrl+D pen, Ctrl+H highlighter (Esc puts it down), Ctrl+E clear drawings.</source>
        <translation>Under opptak (verktøylinja): Ctrl+1/2/3 markører, Ctrl+Mellomrom pause, Ctrl+Enter stopp, Ctrl+K neste kriterium, Ctrl+D penn, Ctrl+H merkepenn (Esc legger den fra seg), Ctrl+E fjern tegninger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review: Ctrl+P play, Alt+Left/Right move a chapter, Delete removes it, Ctrl+S exports.</source>
        <translation>Gjennomgang: Ctrl+P spill av, Alt+venstre/høyre flytter et kapittel, Delete fjerner det, Ctrl+S eksporterer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anywhere, also while the student&apos;s document has focus:</source>
        <translation>Overalt, også når elevens dokument har fokus:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open hand-in folder</source>
        <translation>Åpne innleveringsmappe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open LMS zip</source>
        <translation>Åpne zip-fil fra læringsplattformen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip-filer (*.zip)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening the demo assignment…</source>
        <translation>Åpner demooppgaven …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening {name}…</source>
        <translation>Åpner {name} …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The assignment could not be opened.</source>
        <translation>Oppgaven kunne ikke åpnes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open</source>
        <translation>Kunne ikke åpne</translation>
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
        <translation>Denne innleveringen er skrivebeskyttet; tilbakemeldingen går til {folder}.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The hand-in folder {path} is read-only, so the feedback cannot be written beside it. Choose a folder for this assignment&apos;s feedback; recording works as usual.</source>
        <translation>Innleveringsmappen {path} er skrivebeskyttet, så tilbakemeldingen kan ikke skrives ved siden av den. Velg en mappe for tilbakemeldingene til denne oppgaven; opptak virker som vanlig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only hand-in folder</source>
        <translation>Skrivebeskyttet innleveringsmappe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Velg en mappe …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the feedback for {name} goes</source>
        <translation>Hvor tilbakemeldingen til {name} skal</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open the hand-in inside?</source>
        <translation>Åpne innleveringen inni?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{opened} looks like the folder above a hand-in: it holds “{inside}”, whose folders look like the students&apos;. Open “{inside}” instead?</source>
        <translation>{opened} ser ut som mappen over en innlevering: den inneholder «{inside}», der mappene ser ut som elevenes. Åpne «{inside}» i stedet?</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The rubric could not be saved: {problem}</source>
        <translation>Vurderingskriteriene kunne ikke lagres: {problem}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Use this</source>
        <translation>&amp;Bruk dette</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The planned points could not be saved: {problem}</source>
        <translation>De planlagte punktene kunne ikke lagres: {problem}</translation>
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
        <translation>Videoen kunne ikke gjøres ferdig.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The export starts when the captions are ready.</source>
        <translation>Eksporten starter når tekstingen er klar.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Exports are waiting</source>
        <translation>Eksporter venter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export for {students} waits for the captions.</source>
        <translation>Eksporten for {students} venter på tekstingen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit anyway? The recordings are kept; export them the next time you open the assignment.</source>
        <translation>Avslutte likevel? Opptakene beholdes; eksporter dem neste gang du åpner oppgaven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit without exporting</source>
        <translation>&amp;Avslutt uten å eksportere</translation>
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
        <translation>Skriver tilbakemeldingsfilene …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting the feedback for {student}…</source>
        <translation>Eksporterer tilbakemeldingen til {student} …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exported the feedback for {student} to {folder}</source>
        <translation>Tilbakemeldingen til {student} er eksportert til {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to {folder}</source>
        <translation>Eksportert til {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>({count} chapters were in cut stretches: left out)</source>
        <translation>({count} kapitler lå i bortklipte deler og er utelatt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The feedback for {student} was not exported: {problem}</source>
        <translation>Tilbakemeldingen til {student} ble ikke eksportert: {problem}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every student has feedback.</source>
        <translation>Alle elevene har fått tilbakemelding.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Recovering the recording…</source>
        <translation>Berger opptaket …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not recover</source>
        <translation>Kunne ikke berge opptaket</translation>
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
        <translation>Hvor skal jeg?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How am I going?</source>
        <translation>Hvor er jeg nå?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to next?</source>
        <translation>Hva er neste steg?</translation>
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
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;without sound</source>
        <translation>Ta opp &amp;uten lyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look again</source>
        <translation>&amp;Let på nytt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check that your voice is heard before you record. Say something: the bar should move.</source>
        <translation>Sjekk at stemmen din høres før du tar opp. Si noe: søylen skal bevege seg.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No microphone was found. Plug one in and choose Look again, or record without sound.</source>
        <translation>Fant ingen mikrofon. Koble til en og velg Let på nytt, eller ta opp uten lyd.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+18"/>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Say something…</source>
        <translation>Si noe …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This microphone is gone. Choose another one.</source>
        <translation>Denne mikrofonen er borte. Velg en annen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>We can hear you. Choose Continue when you are ready.</source>
        <translation>Vi hører deg. Velg Fortsett når du er klar.</translation>
    </message>
</context>
<context>
    <name>PenOverlay</name>
    <message>
        <location filename="../../ui/pen_overlay.py" line="+126"/>
        <source>Drawing</source>
        <translation>Tegning</translation>
    </message>
</context>
<context>
    <name>PlannedPointsPanel</name>
    <message>
        <location filename="../../ui/planned_points_panel.py" line="+31"/>
        <location line="+11"/>
        <source>Planned points</source>
        <translation>Planlagte punkter</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The next marker takes point {n}.</source>
        <translation>Den neste markøren tar punkt {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All planned points are covered; markers take the current criterion.</source>
        <translation>Alle de planlagte punktene er tatt; markørene tar det gjeldende kriteriet.</translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <location filename="../../ui/prepare_view.py" line="+47"/>
        <source>Prepare feedback for {name}</source>
        <translation>Forbered tilbakemelding til {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted files</source>
        <translation>Innleverte filer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submitted &amp;files (Enter opens):</source>
        <translation>Innleverte &amp;filer (Enter åpner):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open file</source>
        <translation>Å&amp;pne fil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record &amp;this window</source>
        <translation>Ta opp &amp;dette vinduet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earlier feedback:</source>
        <translation>Tidligere tilbakemeldinger:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No earlier feedback for this student.</source>
        <translation>Ingen tidligere tilbakemeldinger til denne eleven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The student&apos;s work</source>
        <translation>Elevens arbeid</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Rubric</source>
        <translation>Vurderingskriterier</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Criterion / level</source>
        <translation>Kriterium / nivå</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No rubric yet: add one in the assignment view.</source>
        <translation>Ingen vurderingskriterier ennå: legg dem til i oppgavevisningen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planned points</source>
        <translation>Planlagte punkter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Planned points (each marker while recording takes the next one):</source>
        <translation>&amp;Planlagte punkter (hver markør under opptaket tar det neste):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you want to say (Enter adds it)</source>
        <translation>Det du vil si (Enter legger det til)</translation>
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
        <translation>Ingen kriterium</translation>
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
        <translation>Tilby dette punktet igjen for dette kriteriet, også i senere oppgaver</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comment bank</source>
        <translation>Kommentarbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forg&amp;et this comment</source>
        <translation>Glem denne &amp;kommentaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to say</source>
        <translation>Hva du skal si</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chan&amp;ge…</source>
        <translation>En&amp;dre …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Tilbake til listen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record</source>
        <translation>&amp;Spill inn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start recording when you are ready (Ctrl+R)</source>
        <translation>Start opptaket når du er klar (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to record:</source>
        <translation>Hva som tas opp:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{file} is open in “{title}”. Record that window?</source>
        <translation>{file} er åpen i «{title}». Ta opp det vinduet?</translation>
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
        <translation>Ko&amp;mmentarbank (Enter legger en til i planen; velg et kriterium for å se kommentarene til det):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mment bank for {criterion} (Enter adds one to the plan):</source>
        <translation>Ko&amp;mmentarbank for {criterion} (Enter legger en til i planen):</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../ui/problems.py" line="+43"/>
        <source>The video must be an .mp4 file, not “{path}”. Choose a name ending in .mp4.</source>
        <translation>Videoen må være en .mp4-fil, ikke «{path}». Velg et navn som slutter på .mp4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder {path} does not exist. Create it or choose another folder; nothing was recorded.</source>
        <translation>Mappen {path} finnes ikke. Opprett den eller velg en annen mappe; ingenting ble tatt opp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} exists already and was left as it is. Choose another name; nothing was recorded.</source>
        <translation>{path} finnes allerede og ble latt være som den er. Velg et annet navn; ingenting ble tatt opp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An unfinished recording for {path} is still there. Recover it first: start the app again, or run “vidfeedback recover”. Nothing was lost.</source>
        <translation>Et uferdig opptak for {path} ligger der fortsatt. Berg det først: start programmet på nytt, eller kjør «vidfeedback recover». Ingenting gikk tapt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {path} is read-only. Choose a folder you can write to, or make this one writable; nothing was lost.</source>
        <translation>Mappen {path} er skrivebeskyttet. Velg en mappe du kan skrive til, eller gjør denne skrivbar; ingenting gikk tapt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app cannot write in {path} ({detail}). Check the folder and try again; nothing was recorded.</source>
        <translation>Programmet kan ikke skrive i {path} ({detail}). Sjekk mappen og prøv igjen; ingenting ble tatt opp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The area to record is not on the screen any more. Choose what to record again.</source>
        <translation>Området som skal tas opp, er ikke på skjermen lenger. Velg hva som skal tas opp på nytt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The screen cannot be recorded. Start vidfeedback from the desktop you want to record, then try again.</source>
        <translation>Skjermen kan ikke tas opp. Start vidfeedback fra skrivebordet du vil ta opp, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The microphone “{device}” was not found. Plug it in, or choose another microphone in Settings.</source>
        <translation>Fant ikke mikrofonen «{device}». Koble den til, eller velg en annen mikrofon i Innstillinger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The microphone “{device}” cannot be opened. Close other programs that use it, or choose another microphone in Settings.</source>
        <translation>Mikrofonen «{device}» kan ikke åpnes. Lukk andre programmer som bruker den, eller velg en annen mikrofon i Innstillinger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The microphone “{device}” delivers no sound. Check that it is plugged in and not used by another program, or choose another microphone in Settings.</source>
        <translation>Mikrofonen «{device}» gir ingen lyd. Sjekk at den er koblet til og ikke brukes av et annet program, eller velg en annen mikrofon i Innstillinger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recorder could not do that just now ({state}). Try again; nothing was lost.</source>
        <translation>Opptakeren kunne ikke gjøre det akkurat nå ({state}). Prøv igjen; ingenting gikk tapt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was recorded.</source>
        <translation>Ingenting ble tatt opp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The take to continue is gone ({path}). Record the feedback again.</source>
        <translation>Opptaket som skulle fortsettes, er borte ({path}). Spill inn tilbakemeldingen på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The take to continue cannot be read ({path}). It was not changed; record the feedback again.</source>
        <translation>Opptaket som skulle fortsettes, kan ikke leses ({path}). Det ble ikke endret; spill inn tilbakemeldingen på nytt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The take was recorded at {old_size} pixels, but the area to record is now {new_size}. Choose the same area again, or retake all.</source>
        <translation>Opptaket ble tatt opp med {old_size} piksler, men området som tas opp, er nå {new_size}. Velg det samme området igjen, eller ta opp alt på nytt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The take was recorded with sound. Choose a microphone in Settings to continue it, or retake all.</source>
        <translation>Opptaket ble tatt opp med lyd. Velg en mikrofon i Innstillinger for å fortsette det, eller ta opp alt på nytt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The take was recorded without sound. Turn sound off in Settings to continue it, or retake all.</source>
        <translation>Opptaket ble tatt opp uten lyd. Slå av lyd i Innstillinger for å fortsette det, eller ta opp alt på nytt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new part could not be joined to the earlier take, so it is kept as a take of its own. The earlier take is unchanged.</source>
        <translation>Den nye delen kunne ikke settes sammen med det tidligere opptaket, så den er tatt vare på som et eget opptak. Det tidligere opptaket er uendret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone stopped. Recording goes on with silence: check the microphone.</source>
        <translation>Mikrofonen stoppet. Opptaket fortsetter med stillhet: sjekk mikrofonen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The microphone is back.</source>
        <translation>Mikrofonen er tilbake.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is nearly full: about {free_mb} MB is left. Stop soon, or free some space.</source>
        <translation>Disken er nesten full: omtrent {free_mb} MB er igjen. Stopp snart, eller frigjør litt plass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full ({path}). What was recorded so far is kept; free some space.</source>
        <translation>Disken er full ({path}). Det som er tatt opp så langt, er tatt vare på; frigjør litt plass.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing to {path} failed ({detail}). What was written so far is kept; check the disk and try again.</source>
        <translation>Skriving til {path} mislyktes ({detail}). Det som er skrevet så langt, er tatt vare på; sjekk disken og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video encoder failed ({detail}). What was recorded so far is kept.</source>
        <translation>Videokoderen feilet ({detail}). Det som er tatt opp så langt, er tatt vare på.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording is paused: resume it to place a marker.</source>
        <translation>Opptaket står på pause: fortsett det for å sette en markør.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is being recorded, so no marker was placed.</source>
        <translation>Ingenting tas opp, så ingen markør ble satt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window “{title}” was closed or minimised. Recording goes on with the area where it was last.</source>
        <translation>Vinduet «{title}» ble lukket eller minimert. Opptaket fortsetter med området der det sist var.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The final video could not be written ({detail}). The recording is kept in {path}: free some space, then start the app again to recover it.</source>
        <translation>Den ferdige videoen kunne ikke skrives ({detail}). Opptaket er tatt vare på i {path}: frigjør litt plass, og start programmet på nytt for å berge det.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video {path} could not be written ({detail}). Nothing was lost; try again.</source>
        <translation>Videoen {path} kunne ikke skrives ({detail}). Ingenting gikk tapt; prøv igjen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No unfinished recording was found at {path}.</source>
        <translation>Fant ikke noe uferdig opptak i {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} holds several unfinished recordings ({names}); choose one.</source>
        <translation>{path} inneholder flere uferdige opptak ({names}); velg ett.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unfinished recording in {path} holds nothing that can be played. Record the feedback again.</source>
        <translation>Det uferdige opptaket i {path} inneholder ingenting som kan spilles av. Spill inn tilbakemeldingen på nytt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The unfinished recording in {path} cannot be read. It is left where it is; record the feedback again.</source>
        <translation>Det uferdige opptaket i {path} kan ikke leses. Det blir liggende der det er; spill inn tilbakemeldingen på nytt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The feedback could not be written. Nothing was lost; the details say why.</source>
        <translation>Tilbakemeldingen kunne ikke skrives. Ingenting gikk tapt; detaljene forteller hvorfor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough free space in {path}: about {need_mb} MB is needed and {free_mb} MB is free. Free some space and try again; nothing was lost.</source>
        <translation>Det er ikke nok ledig plass i {path}: omtrent {need_mb} MB trengs, og {free_mb} MB er ledig. Frigjør litt plass og prøv igjen; ingenting gikk tapt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You do not have permission to write to {path}. Choose another folder or ask for access; nothing was lost.</source>
        <translation>Du har ikke tillatelse til å skrive til {path}. Velg en annen mappe eller be om tilgang; ingenting gikk tapt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A name is too long for this disk: {path}. Move the hand-in to a folder with a shorter path; nothing was lost.</source>
        <translation>Et navn er for langt for denne disken: {path}. Flytt innleveringen til en mappe med kortere sti; ingenting gikk tapt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not there any more (was a disk unplugged?). Plug it in again and try again; nothing was lost.</source>
        <translation>{path} er ikke der lenger (ble en disk koblet fra?). Koble den til igjen og prøv på nytt; ingenting gikk tapt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} exists and was not made by vidfeedback, so it was left alone. Move or rename it and try again.</source>
        <translation>{path} finnes og ble ikke laget av vidfeedback, så den ble latt være. Flytt eller gi den nytt navn, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a file where a folder should be; it was left alone. Move or rename it and try again.</source>
        <translation>{path} er en fil der det skulle vært en mappe; den ble latt være. Flytt eller gi den nytt navn, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No free file name was found in {path}. Tidy up the folder and try again.</source>
        <translation>Fant ikke noe ledig filnavn i {path}. Rydd i mappen og prøv igjen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording {path} is gone. Record the feedback again.</source>
        <translation>Opptaket {path} er borte. Spill inn tilbakemeldingen på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording has no length. Record the feedback again.</source>
        <translation>Opptaket har ingen lengde. Spill inn tilbakemeldingen på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording {path} cannot be read. Record the feedback again.</source>
        <translation>Opptaket {path} kan ikke leses. Spill inn tilbakemeldingen på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} does not exist. Choose the hand-in folder or zip again.</source>
        <translation>{path} finnes ikke. Velg innleveringsmappen eller zip-filen på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is neither a folder nor a zip file. Choose the hand-in folder, or the zip the learning platform gave you.</source>
        <translation>{path} er verken en mappe eller en zip-fil. Velg innleveringsmappen, eller zip-filen du fikk fra læringsplattformen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a readable zip file. Download it from the learning platform again.</source>
        <translation>{path} er ikke en lesbar zip-fil. Last den ned fra læringsplattformen på nytt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} has not been unpacked. Open it again to unpack a copy to work on.</source>
        <translation>{path} er ikke pakket ut. Åpne den igjen for å pakke ut en kopi å arbeide med.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} holds no files. Download the submissions from the learning platform again.</source>
        <translation>{path} inneholder ingen filer. Last ned innleveringene fra læringsplattformen på nytt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every file in {path} is protected with a password, so none can be read. Download the submissions from the learning platform again, without a password.</source>
        <translation>Alle filene i {path} er beskyttet med passord, så ingen av dem kan leses. Last ned innleveringene fra læringsplattformen på nytt, uten passord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{student} has no Moodle participant id, so Moodle could not match the feedback. Download the submissions from Moodle again.</source>
        <translation>{student} har ingen deltaker-ID fra Moodle, så Moodle ville ikke finne riktig elev for tilbakemeldingen. Last ned innleveringene fra Moodle på nytt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The edited video could not be written ({detail}). The take is unchanged.</source>
        <translation>Den redigerte videoen kunne ikke skrives ({detail}). Opptaket er uendret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cut lies outside the take or ends before it starts ({detail}).</source>
        <translation>Et klipp ligger utenfor opptaket eller slutter før det begynner ({detail}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cuts and trims leave nothing of the take. Undo one of them.</source>
        <translation>Klippene og avkortingene etterlater ingenting av opptaket. Angre ett av dem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This video was not recorded by this program, so it cannot be cut without encoding it again ({path}).</source>
        <translation>Denne videoen ble ikke tatt opp med dette programmet, så den kan ikke klippes uten å kodes på nytt ({path}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These chapters were in a stretch that was cut, and are left out: {names}.</source>
        <translation>Disse kapitlene lå i en del som ble klippet bort, og er utelatt: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file cannot be read ({detail}).</source>
        <translation>Filen kan ikke leses ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a rubric.</source>
        <translation>Filen er for stor til å være vurderingskriterier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a text file. If it is an Excel workbook, save it as CSV first.</source>
        <translation>Dette er ikke en tekstfil. Hvis det er en Excel-arbeidsbok, lagre den som CSV først.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has no rows.</source>
        <translation>Filen har ingen rader.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has a header but no criteria.</source>
        <translation>Filen har en overskrift, men ingen kriterier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row has {fields} fields where the header has {width}; a field that contains the separator must be in double quotes.</source>
        <translation>Raden har {fields} felt der overskriften har {width}; et felt som inneholder skilletegnet, må stå i doble anførselstegn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The criterion (first column) is empty.</source>
        <translation>Kriteriet (første kolonne) er tomt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The criterion “{name}” is already on line {first_line}.</source>
        <translation>Kriteriet «{name}» står allerede på linje {first_line}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A double quote opens a field that is never closed.</source>
        <translation>Et dobbelt anførselstegn åpner et felt som aldri lukkes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A double quote inside a quoted field must be written twice (&quot;&quot;).</source>
        <translation>Et dobbelt anførselstegn inne i et felt med anførselstegn må skrives to ganger (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a rubric file the app can read; the details say why.</source>
        <translation>Dette er ikke en fil med vurderingskriterier som programmet kan lese; detaljene forteller hvorfor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{url}” is not an address the app understands. Open the assignment in the browser and copy its address from the address bar.</source>
        <translation>«{url}» er ikke en adresse appen forstår. Åpne oppgaven i nettleseren og kopier adressen fra adressefeltet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{url} is not encrypted (http). Use the https address, so that the token and the students&apos; feedback cannot be read on the way.</source>
        <translation>{url} er ikke kryptert (http). Bruk https-adressen, så tokenet og elevenes tilbakemeldinger ikke kan leses underveis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no access token for {platform}. Make one in {platform} and paste it.</source>
        <translation>Det finnes ikke noe tilgangstoken for {platform}. Lag et i {platform} og lim det inn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The computer&apos;s password store cannot be used, so the token was not saved. Start the desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Datamaskinens passordlager kan ikke brukes, så tokenet ble ikke lagret. Start skrivebordets nøkkelring (for eksempel GNOME Keyring eller KWallet) og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} refused the access token: it is wrong, expired or withdrawn. Make a new token in {platform} and paste it.</source>
        <translation>{platform} avviste tilgangstokenet: det er feil, utløpt eller trukket tilbake. Lag et nytt token i {platform} og lim det inn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} does not allow this token to do this. Use a token of a teacher in this course.</source>
        <translation>{platform} gir ikke dette tokenet lov til dette. Bruk et token for en lærer i dette emnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} does not know this assignment. Check that the address is the assignment this hand-in was downloaded from.</source>
        <translation>{platform} kjenner ikke denne oppgaven. Sjekk at adressen er oppgaven denne innleveringen ble lastet ned fra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} refused a file as too large. Return this student&apos;s feedback by hand, or ask the site&apos;s administrator to raise the upload limit.</source>
        <translation>{platform} avviste en fil som for stor. Lever denne elevens tilbakemelding for hånd, eller be administratoren for nettstedet øke grensen for opplasting.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The course&apos;s file space on {platform} is full. Ask the site&apos;s administrator for more space, or delete old files in the course.</source>
        <translation>Emnets lagringsplass på {platform} er full. Be administratoren for nettstedet om mer plass, eller slett gamle filer i emnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} had a problem ({status}) and did not take the feedback. Try again later; what was sent is kept.</source>
        <translation>{platform} hadde et problem ({status}) og tok ikke imot tilbakemeldingen. Prøv igjen senere; det som ble sendt, er tatt vare på.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} cannot be reached. Check the network connection and upload again; the upload goes on where it stopped.</source>
        <translation>Får ikke kontakt med {platform}. Sjekk nettverkstilkoblingen og last opp igjen; opplastingen fortsetter der den stoppet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} answered in a way the app does not understand; nothing was posted twice. The details say what was expected.</source>
        <translation>{platform} svarte på en måte appen ikke forstår; ingenting ble lagt inn to ganger. Detaljene sier hva som var ventet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} refused the request. The details give its reason.</source>
        <translation>{platform} avviste forespørselen. Detaljene gir grunnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} changed or disappeared while it was being sent. Upload again.</source>
        <translation>{path} ble endret eller forsvant mens den ble sendt. Last opp igjen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record of what was uploaded, {path}, cannot be read; it was left as it is. Move it away to start the record anew.</source>
        <translation>Oversikten over hva som er lastet opp, {path}, kan ikke leses; den er latt være som den er. Flytt den bort for å begynne en ny oversikt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This assignment is being uploaded already (in another window or on the command line). Wait for it to finish.</source>
        <translation>Denne oppgaven lastes opp allerede (i et annet vindu eller på kommandolinjen). Vent til den er ferdig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The upload was stopped. Upload again to go on where it stopped.</source>
        <translation>Opplastingen ble stoppet. Last opp igjen for å fortsette der den stoppet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This hand-in was not downloaded from {platform}, so its students cannot be matched there.</source>
        <translation>Denne innleveringen ble ikke lastet ned fra {platform}, så elevene kan ikke finnes igjen der.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moodle does not tell this token which participant is which student, so the feedback cannot be matched. Use an editing teacher&apos;s token, or the upload zip.</source>
        <translation>Moodle forteller ikke dette tokenet hvilken deltaker som er hvilken elev, så tilbakemeldingene kan ikke knyttes til elevene. Bruk tokenet til en lærer med redigeringsrett, eller opplastings-zip-en.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This Moodle assignment takes group submissions, so the download names groups, not students. Return the feedback with the upload zip.</source>
        <translation>Denne Moodle-oppgaven har gruppeinnlevering, så nedlastingen navngir grupper, ikke elever. Lever tilbakemeldingene med opplastings-zip-en.</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>The captions could not be made ({detail}). The video is fine and can be exported without them.</source>
        <translation>Tekstingen kunne ikke lages ({detail}). Videoen er i orden og kan eksporteres uten tekst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already has captions, so they were left as they are.</source>
        <translation>{path} har allerede teksting, så den ble latt være som den er.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The captions file {path} cannot be read ({detail}). Make the captions again.</source>
        <translation>Tekstfilen {path} kan ikke leses ({detail}). Lag tekstingen på nytt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The speech recognition model is not on this computer ({detail}). Download it in the settings, or choose the school&apos;s models folder.</source>
        <translation>Talegjenkjenningsmodellen finnes ikke på denne maskinen ({detail}). Last den ned i innstillingene, eller velg skolens modellmappe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This speech recognition model does not understand the language “{lang}”. Choose another model or language.</source>
        <translation>Denne talegjenkjenningsmodellen forstår ikke språket «{lang}». Velg en annen modell eller et annet språk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The speech recognition model could not be downloaded ({detail}). What arrived is kept; try again later to continue.</source>
        <translation>Talegjenkjenningsmodellen kunne ikke lastes ned ({detail}). Det som kom, er tatt vare på; prøv igjen senere for å fortsette.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A downloaded model file was damaged ({path}) and has been deleted. Try the download again.</source>
        <translation>En nedlastet modellfil var skadet ({path}) og er slettet. Prøv nedlastingen på nytt.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>This Moodle assignment is graded with a rubric or marking guide ({method}); feedback sent through Moodle&apos;s web services would change it. Return the feedback with the upload zip.</source>
        <translation>Denne Moodle-oppgaven vurderes med vurderingsrubrikk eller vurderingsveiledning ({method}); tilbakemeldinger sendt gjennom Moodles webtjenester ville endret den. Lever tilbakemeldingene med opplastings-zip-en.</translation>
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
        <translation>Ta om fra pausen</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Throw away what was recorded since the last pause; Resume records it again</source>
        <translation>Kast det som er tatt opp siden forrige pause; Fortsett tar det opp på nytt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and review (Ctrl+Enter)</source>
        <translation>Stopp og se gjennom (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current criterion</source>
        <translation>Gjeldende kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion for the next marker (Ctrl+K: next)</source>
        <translation>Kriterium for neste markør (Ctrl+K: neste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No criterion</source>
        <translation>Uten kriterium</translation>
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
        <translation>Tegn på dokumentet (Ctrl+D; Esc: slutt å tegne)</translation>
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
        <translation>Fjern alle tegninger (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+132"/>
        <location line="+49"/>
        <source>{low}–{high} min</source>
        <translation>{low}–{high} min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Longer than your target length</source>
        <translation>Lengre enn målet ditt for lengde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded time (pauses not counted) and target</source>
        <translation>Innspilt tid (uten pauser) og mål</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Throw away the {time} recorded since the last pause?</source>
        <translation>Kaste de {time} som er tatt opp siden siste pause?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume then records that part again.</source>
        <translation>Når du fortsetter, tas den delen opp på nytt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Throw it away</source>
        <translation>&amp;Kast det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Behold det</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+88"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+88"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume (Ctrl+Space)</source>
        <translation>Pause eller fortsett (Ctrl+Mellomrom)</translation>
    </message>
</context>
<context>
    <name>RecordingSession</name>
    <message>
        <location filename="../../ui/session.py" line="+582"/>
        <source>Finishing the video…</source>
        <translation>Gjør ferdig videoen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finishing</source>
        <translation>Gjør ferdig</translation>
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
        <translation>Programmet stoppet mens du spilte inn tilbakemelding til {student}. Opptaket kan berges fram til det siste sekundet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover it now and review it?</source>
        <translation>Vil du berge det nå og se gjennom det?</translation>
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
        <translation>&amp;Senere</translation>
    </message>
</context>
<context>
    <name>RegionOverlay</name>
    <message>
        <location filename="../../ui/region_overlay.py" line="+56"/>
        <source>Choose what to record</source>
        <translation>Velg hva som skal tas opp</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Drag to choose the area to record. Enter: record this area. Esc: cancel.</source>
        <translation>Dra for å velge området som skal tas opp. Enter: ta opp dette området. Esc: avbryt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the window to record. Enter: record it. Esc: cancel.</source>
        <translation>Klikk på vinduet som skal tas opp. Enter: ta det opp. Esc: avbryt.</translation>
    </message>
</context>
<context>
    <name>ReturnView</name>
    <message>
        <location filename="../../ui/return_view.py" line="+304"/>
        <source>Return to students: {assignment}</source>
        <translation>Lever tilbake til elevene: {assignment}</translation>
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
        <translation>Emnets &amp;grense for opplasting (MB):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make upload zips</source>
        <translation>&amp;Lag opplastings-zip-er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w folder</source>
        <translation>Vis &amp;mappen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Moodle: 1. open the assignment and “View all submissions”; 2. Grading action → “Upload multiple feedback files in a zip”; 3. choose “All participants” and upload one zip at a time.</source>
        <translation>I Moodle: 1. åpne oppgaven og «Vis alle innleveringer»; 2. Vurderingshandling → «Last opp flere tilbakemeldingsfiler i en zip»; 3. velg «Alle deltakere» og last opp én zip om gangen.</translation>
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
        <translation>Oppgavens &amp;adresse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moodle site&apos;s &amp;address:</source>
        <translation>Moodle-nettstedets &amp;adresse:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assignment id (view.php?id=…):</source>
        <translation>Oppgavens id (view.php?id=…):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;token:</source>
        <translation>T&amp;ilgangstoken:</translation>
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
        <translation>Glem tokenet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to the students</source>
        <translation>&amp;Tilbake til elevene</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>saved in the computer&apos;s password store</source>
        <translation>lagret i datamaskinens passordlager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paste it here</source>
        <translation>lim det inn her</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the exported feedback…</source>
        <translation>Leser den eksporterte tilbakemeldingen …</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{exported} to return, {changed} changed since the last return, {returned} returned, {missing} not exported yet.</source>
        <translation>{exported} å levere, {changed} endret siden sist levert, {returned} levert tilbake, {missing} ikke eksportert ennå.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not exported</source>
        <translation>Ikke eksportert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since the last return</source>
        <translation>Endret siden sist levert</translation>
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
        <translation>{name} er større enn grensen og er ikke i noen zip: last det opp for hånd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is in which zip: {index}</source>
        <translation>Hvem som er i hvilken zip: {index}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Uploading in the background…</source>
        <translation>Laster opp i bakgrunnen …</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Stopping after the current request…</source>
        <translation>Stopper etter forespørselen som pågår …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{done:.1f} av {total:.1f} MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploading</source>
        <translation>Laster opp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posting the comment</source>
        <translation>Legger inn kommentaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{returned} returned now, {already} were returned already.</source>
        <translation>{returned} levert nå, {already} var levert fra før.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}: skipped, not matched with certainty. {reason}</source>
        <translation>{name}: hoppet over, ikke sikkert hvem dette er. {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Trying again by itself in {seconds} s.</source>
        <translation>Prøver igjen av seg selv om {seconds} s.</translation>
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
        <translation>Spill &amp;av</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>Position</source>
        <translation>Posisjon</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+64"/>
        <source>Chapters</source>
        <translation>Kapitler</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Chapter text (optional)</source>
        <translation>Kapitteltekst (valgfri)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No criterion</source>
        <translation>Uten kriterium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>−1 s</source>
        <translation>−1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chapter one second earlier (Alt+Left)</source>
        <translation>Flytt kapittelet ett sekund tidligere (Alt+venstre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+1 s</source>
        <translation>+1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chapter one second later (Alt+Right)</source>
        <translation>Flytt kapittelet ett sekund senere (Alt+høyre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;here</source>
        <translation>Flytt &amp;hit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the chapter at the player&apos;s position</source>
        <translation>La kapittelet starte der avspillingen er</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete chapter</source>
        <translation>S&amp;lett kapittel</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+32"/>
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
        <location line="+14"/>
        <source>Discard since last pause and contin&amp;ue</source>
        <translation>Kast alt siden forrige pause og &amp;fortsett</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Hear the &amp;voice cleaned</source>
        <translation>Hør den &amp;rensede stemmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the take as the export will sound: room noise lowered, voice levelled</source>
        <translation>Spill av opptaket slik eksporten vil høres: romstøy dempet, stemmen jevnet ut</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Undo delete</source>
        <translation>Angre sletting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the chapter deleted last (Ctrl+Z)</source>
        <translation>Hent tilbake kapittelet som ble slettet sist (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Stored with the feedback; never drawn into the video</source>
        <translation>Lagres med tilbakemeldingen; vises aldri i videoen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short note for the student (optional)</source>
        <translation>En kort merknad til eleven (valgfri)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Earlier feedback:</source>
        <translation>Tidligere tilbakemeldinger:</translation>
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
        <location line="+5"/>
        <source>Record &amp;more at the end</source>
        <translation>Ta opp &amp;mer på slutten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep all of this take and go on recording after its end</source>
        <translation>Behold hele dette opptaket og ta opp videre etter slutten av det</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Throw away what was recorded after {time} and record on from there</source>
        <translation>Kast det som er tatt opp etter {time}, og ta opp videre derfra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This take was never paused.</source>
        <translation>Dette opptaket ble aldri satt på pause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not possible for this take.</source>
        <translation>Ikke mulig for dette opptaket.</translation>
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
        <translation>Eksporter, og forbered så neste elev (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next student</source>
        <translation>&amp;Neste elev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Tilbake til listen</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Discard and continue</source>
        <translation>Kast og fortsett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard {time} recorded since the last pause?</source>
        <translation>Kaste {time} som er tatt opp siden forrige pause?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video is kept up to {time}; recording goes on from there after the countdown. Until the new part is finished, the take stays as it is.</source>
        <translation>Videoen beholdes fram til {time}; opptaket fortsetter derfra etter nedtellingen. Til den nye delen er ferdig, er opptaket uendret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard and continue</source>
        <translation>&amp;Kast og fortsett</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>&amp;Keep the take</source>
        <translation>&amp;Behold opptaket</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Captions not ready</source>
        <translation>Tekstingen er ikke klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speech recognition model is still being downloaded ({percent} %).</source>
        <translation>Talegjenkjenningsmodellen lastes fortsatt ned ({percent} %).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The captions are still being made ({percent} % done).</source>
        <translation>Tekstingen lages fortsatt ({percent} % ferdig).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The captions are made once the model is here. Export later from this review, or now without captions?</source>
        <translation>Tekstingen lages når modellen er her. Eksportere senere fra denne gjennomgangen, eller nå uten teksting?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export when they are ready (it starts by itself; you can go on working, also with the next student), or now without captions?</source>
        <translation>Eksportere når tekstingen er klar (den starter av seg selv; du kan jobbe videre, også med neste elev), eller nå uten teksting?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export when ready</source>
        <translation>&amp;Eksporter når den er klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;now without captions</source>
        <translation>Eksporter &amp;nå uten teksting</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Retake all</source>
        <translation>Ta opp alt på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the feedback for {student} again from the start?</source>
        <translation>Ta opp tilbakemeldingen til {student} på nytt fra begynnelsen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The take you have now ({time}) is replaced when the new one is finished; until then it stays as it is.</source>
        <translation>Opptaket du har nå ({time}), erstattes når det nye er ferdig; til da blir det værende som det er.</translation>
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
        <translation>Forbereder den rensede stemmen …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The cleaned voice could not be prepared: {reason}</source>
        <translation>Den rensede stemmen kunne ikke forberedes: {reason}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Deleted “{title}”; Ctrl+Z brings it back.</source>
        <translation>Slettet «{title}»; Ctrl+Z henter det tilbake.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The grade you said in the video</source>
        <translation>Karakteren du sa i videoen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the LMS; not in the video</source>
        <translation>Til læringsplattformen; ikke i videoen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No grade for this assignment</source>
        <translation>Ingen karakter på denne oppgaven</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <location filename="../../ui/rubric_editor.py" line="+49"/>
        <source>Rubric criteria</source>
        <translation>Vurderingskriterier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
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
        <translation>Importer vurderingskriterier</translation>
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
        <translation>Vurderingskriteriene kunne ikke leses</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+13"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
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
        <translation>Ønsket lengde, &amp;fra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target length, &amp;to:</source>
        <translation>Ønsket lengde, &amp;til:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Countdown:</source>
        <translation>&amp;Nedtelling:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Grade practice:</source>
        <translation>&amp;Karakterpraksis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the student&apos;s file when recording starts</source>
        <translation>Å&amp;pne elevens fil når opptaket starter</translation>
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
        <translation>&amp;Rens og jevn ut stemmen i den eksporterte videoen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowers fan, keyboard and room noise between phrases and brings the voice to an even loudness</source>
        <translation>Demper vifte-, tastatur- og romstøy mellom setningene og gir stemmen jevn lydstyrke</translation>
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
        <translation>&amp;Endre …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to record:</source>
        <translation>Hva som tas opp:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These work while another program has focus. Click a field and press the keys, for example Ctrl+Shift+1.</source>
        <translation>Disse virker også når et annet program har fokus. Klikk i et felt og trykk tastene, for eksempel Ctrl+Shift+1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tiny: fastest, makes the most mistakes</source>
        <translation>Tiny: raskest, gjør flest feil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base: recommended, ready before the next take</source>
        <translation>Base: anbefalt, klar før neste opptak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small: more accurate, needs a fast computer</source>
        <translation>Small: mer nøyaktig, trenger en rask datamaskin</translation>
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
        <translation>Ingen: en modell lastes ned ved behov</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School&apos;s models &amp;folder:</source>
        <translation>Skolens modell&amp;mappe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captions are made on this computer while you review; the model size applies to the next take&apos;s captions.</source>
        <translation>Tekstingen lages på denne datamaskinen mens du går gjennom opptaket; modellstørrelsen gjelder tekstingen for neste opptak.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Captions</source>
        <translation>Teksting</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>School&apos;s models folder</source>
        <translation>Skolens modellmappe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” cannot be a hotkey: use Ctrl, Alt or Meta with a letter, a digit or F1–F12.</source>
        <translation>«{text}» kan ikke være en hurtigtast: bruk Ctrl, Alt eller Meta med en bokstav, et siffer eller F1–F12.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no folder {path}: choose another, or leave the field empty.</source>
        <translation>Mappen {path} finnes ikke: velg en annen, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&amp;Reset hotkeys</source>
        <translation>&amp;Tilbakestill hurtigtaster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hotkeys</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>“{text}” is used twice.</source>
        <translation>«{text}» er brukt to ganger.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/i18n.py" line="+5"/>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Innspilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
</context>
</TS>
