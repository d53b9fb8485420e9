<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>AssignmentView</name>
    <message>
        <location filename="../../ui/assignment_view.py" line="+76" />
        <source>Demo assignment: try recording feedback on these texts.</source>
        <translation>Demooppgave: prøv å spille inn tilbakemelding på disse tekstene.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Students</source>
        <translation>Elever</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+32" />
        <source>Student</source>
        <translation>Elev</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Students:</source>
        <translation>&amp;Elever:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Submitted files</source>
        <translation>Innleverte filer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Su&amp;bmitted files (Enter opens):</source>
        <translation>Innleverte fi&amp;ler (Enter åpner):</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Chan&amp;ge…</source>
        <translation>En&amp;dre …</translation>
    </message>
    <message>
        <location line="-28" />
        <source>&amp;Open file</source>
        <translation>Å&amp;pne fil</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Record feedback</source>
        <translation>&amp;Spill inn tilbakemelding</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record feedback for the selected student (Ctrl+R)</source>
        <translation>Spill inn tilbakemelding til valgt elev (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;view take</source>
        <translation>Se &amp;gjennom opptaket</translation>
    </message>
    <message>
        <location line="+20" />
        <source>What to record</source>
        <translation>Hva som tas opp</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rubric</source>
        <translation>Vurderingskriterier</translation>
    </message>
    <message>
        <location line="+45" />
        <source>{name} (late)</source>
        <translation>{name} (for sent)</translation>
    </message>
    <message>
        <location line="+50" />
        <source>No student selected</source>
        <translation>Ingen elev valgt</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Exported: {file}</source>
        <translation>Eksportert: {file}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Earlier feedback:</source>
        <translation>Tidligere tilbakemeldinger:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No earlier feedback for this student.</source>
        <translation>Ingen tidligere tilbakemeldinger til denne eleven.</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../ui/capture_picker.py" line="+36" />
        <source>The whole screen</source>
        <translation>Hele skjermen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Screen {n} ({w} × {h})</source>
        <translation>Skjerm {n} ({w} × {h})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Window “{title}” ({w} × {h})</source>
        <translation>Vinduet «{title}» ({w} × {h})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Region {w} × {h} at {x}, {y}</source>
        <translation>Område {w} × {h} ved {x}, {y}</translation>
    </message>
</context>
<context>
    <name>CapturePicker</name>
    <message>
        <location line="+19" />
        <source>What to record</source>
        <translation>Hva som skal tas opp</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A whole &amp;screen</source>
        <translation>En hel &amp;skjerm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A &amp;window</source>
        <translation>Et &amp;vindu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A &amp;region you drag</source>
        <translation>Et &amp;område du drar opp</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Screen</source>
        <translation>Skjerm</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Screen {n}: {name} ({w} × {h})</source>
        <translation>Skjerm {n}: {name} ({w} × {h})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Window</source>
        <translation>Vindu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No windows found</source>
        <translation>Fant ingen vinduer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Point at it…</source>
        <translation>&amp;Pek på det …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Drag a region…</source>
        <translation>&amp;Dra opp et område …</translation>
    </message>
    <message>
        <location line="+18" />
        <source>S&amp;tart recording</source>
        <translation>S&amp;tart opptaket</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The recording toolbar is placed outside this area.</source>
        <translation>Verktøylinja for opptaket legges utenfor dette området.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Will record: {what}</source>
        <translation>Tar opp: {what}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drag a region first.</source>
        <translation>Dra opp et område først.</translation>
    </message>
</context>
<context>
    <name>ChaptersModel</name>
    <message>
        <location filename="../../ui/chapters_model.py" line="+48" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Chapter title</source>
        <translation>Kapitteltittel</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../ui/countdown.py" line="+23" />
        <source>Recording starts soon</source>
        <translation>Opptaket starter snart</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Recording starts soon. Press Esc to cancel.</source>
        <translation>Opptaket starter snart. Trykk Esc for å avbryte.</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <location filename="../../ui/i18n.py" line="+101" />
        <source>No grade</source>
        <translation>Ingen karakter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grade in the LMS only</source>
        <translation>Karakter bare i læringsplattformen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grade said in the video</source>
        <translation>Karakter sies i videoen</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+35" />
        <source>Pause / resume</source>
        <translation>Pause / fortsett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next criterion</source>
        <translation>Neste kriterium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pen on / off</source>
        <translation>Penn av / på</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear drawings</source>
        <translation>Fjern tegninger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Highlighter on / off</source>
        <translation>Merkepenn av / på</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/i18n.py" line="-39" />
        <source>Same as the system</source>
        <translation>Samme som systemet</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../ui/level_meter.py" line="+19" />
        <source>Microphone level</source>
        <translation>Mikrofonnivå</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 dBFS</source>
        <translation>%1 dBFS</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+138" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open hand-in folder…</source>
        <translation>Å&amp;pne innleveringsmappe …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open LMS &amp;zip…</source>
        <translation>Åpne &amp;zip-fil fra læringsplattformen …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the &amp;demo assignment</source>
        <translation>Åpne &amp;demooppgaven</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Recent assignments</source>
        <translation>&amp;Nylig brukte oppgaver</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Recent assignments</source>
        <translation>Nylig brukte oppgaver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open…</source>
        <translation>Åpne …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a hand-in folder (Ctrl+O)</source>
        <translation>Åpne en innleveringsmappe (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No recent assignments</source>
        <translation>Ingen nylig brukte oppgaver</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Assignment: Ctrl+R or Enter records feedback for the selected student.</source>
        <translation>Oppgave: Ctrl+R eller Enter spiller inn tilbakemelding til valgt elev.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>While recording (toolbar): Ctrl+1/2/3 markers, Ctrl+Space pause, Ctrl+Enter stop, Ctrl+K next criterion, Ctrl+D pen, Ctrl+H highlighter (Esc puts it down), Ctrl+E clear drawings.</source>
        <translation>Under opptak (verktøylinja): Ctrl+1/2/3 markører, Ctrl+Mellomrom pause, Ctrl+Enter stopp, Ctrl+K neste kriterium, Ctrl+D penn, Ctrl+H merkepenn (Esc legger den fra seg), Ctrl+E fjern tegninger.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Review: Ctrl+P play, Alt+Left/Right move a chapter, Delete removes it, Ctrl+S exports.</source>
        <translation>Gjennomgang: Ctrl+P spill av, Alt+venstre/høyre flytter et kapittel, Delete fjerner det, Ctrl+S eksporterer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Anywhere, also while the student's document has focus:</source>
        <translation>Overalt, også når elevens dokument har fokus:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open hand-in folder</source>
        <translation>Åpne innleveringsmappe</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open LMS zip</source>
        <translation>Åpne zip-fil fra læringsplattformen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zip files (*.zip)</source>
        <translation>Zip-filer (*.zip)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Opening the demo assignment…</source>
        <translation>Åpner demooppgaven …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opening {name}…</source>
        <translation>Åpner {name} …</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The assignment could not be opened.</source>
        <translation>Oppgaven kunne ikke åpnes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Could not open</source>
        <translation>Kunne ikke åpne</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+382" />
        <source>Video: {file}</source>
        <translation>Video: {file}</translation>
    </message>
    <message>
        <location line="-335" />
        <source>The rubric could not be saved: {problem}</source>
        <translation>Vurderingskriteriene kunne ikke lagres: {problem}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&amp;Use this</source>
        <translation>&amp;Bruk dette</translation>
    </message>
    <message>
        <location line="+162" />
        <source>Recording problem</source>
        <translation>Problem med opptaket</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not finished.</source>
        <translation>Ikke ferdig.</translation>
    </message>
    <message>
        <location line="+106" />
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Writing the feedback files…</source>
        <translation>Skriver tilbakemeldingsfilene …</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Exported to {folder}</source>
        <translation>Eksportert til {folder}</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+2" />
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Every student has feedback.</source>
        <translation>Alle elevene har fått tilbakemelding.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Recovering the recording…</source>
        <translation>Berger opptaket …</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Could not recover</source>
        <translation>Kunne ikke berge opptaket</translation>
    </message>
</context>
<context>
    <name>Marker</name>
    <message>
        <location filename="../../ui/i18n.py" line="+11" />
        <source>Feed up</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Feed back</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feed forward</source>
        <translation>Framovermelding</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Where am I going?</source>
        <translation>Hvor skal jeg?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How am I going?</source>
        <translation>Hvor er jeg nå?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where to next?</source>
        <translation>Hva er neste steg?</translation>
    </message>
</context>
<context>
    <name>MicCheckDialog</name>
    <message>
        <location filename="../../ui/mic_check.py" line="+65" />
        <source>Microphone check</source>
        <translation>Mikrofonsjekk</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Level:</source>
        <translation>Nivå:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Continue</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record &amp;without sound</source>
        <translation>Ta opp &amp;uten lyd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Look again</source>
        <translation>&amp;Let på nytt</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Check that your voice is heard before you record. Say something: the bar should move.</source>
        <translation>Sjekk at stemmen din høres før du tar opp. Si noe: søylen skal bevege seg.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>No microphone was found. Plug one in and choose Look again, or record without sound.</source>
        <translation>Fant ingen mikrofon. Koble til en og velg Let på nytt, eller ta opp uten lyd.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Say something…</source>
        <translation>Si noe …</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This microphone is gone. Choose another one.</source>
        <translation>Denne mikrofonen er borte. Velg en annen.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>We can hear you. Choose Continue when you are ready.</source>
        <translation>Vi hører deg. Velg Fortsett når du er klar.</translation>
    </message>
</context>
<context>
    <name>PenOverlay</name>
    <message>
        <location filename="../../ui/pen_overlay.py" line="+125" />
        <source>Drawing</source>
        <translation>Tegning</translation>
    </message>
</context>
<context>
    <name>RecordToolbar</name>
    <message>
        <location filename="../../ui/record_toolbar.py" line="+83" />
        <source>Recording</source>
        <translation>Opptak</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Redo since pause</source>
        <translation>Ta om fra pausen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Throw away what was recorded since the last pause; Resume records it again</source>
        <translation>Kast det som er tatt opp siden forrige pause; Fortsett tar det opp på nytt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop and review (Ctrl+Enter)</source>
        <translation>Stopp og se gjennom (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Current criterion</source>
        <translation>Gjeldende kriterium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Criterion for the next marker (Ctrl+K: next)</source>
        <translation>Kriterium for neste markør (Ctrl+K: neste)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No criterion</source>
        <translation>Uten kriterium</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Next criterion</source>
        <translation>Neste kriterium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next criterion (Ctrl+K)</source>
        <translation>Neste kriterium (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pen</source>
        <translation>Penn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draw on the document (Ctrl+D; Esc: stop drawing)</source>
        <translation>Tegn på dokumentet (Ctrl+D; Esc: slutt å tegne)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Highlighter</source>
        <translation>Merkepenn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Highlight on the document (Ctrl+H; Esc: stop highlighting)</source>
        <translation>Merk tekst i dokumentet (Ctrl+H; Esc: slutt å merke)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove all drawings (Ctrl+E)</source>
        <translation>Fjern alle tegninger (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+75" />
        <source>{low}–{high} min</source>
        <translation>{low}–{high} min</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Longer than your target length</source>
        <translation>Lengre enn målet ditt for lengde</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recorded time (pauses not counted) and target</source>
        <translation>Innspilt tid (uten pauser) og mål</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause or resume (Ctrl+Space)</source>
        <translation>Pause eller fortsett (Ctrl+Mellomrom)</translation>
    </message>
</context>
<context>
    <name>RecordingSession</name>
    <message>
        <location filename="../../ui/session.py" line="+282" />
        <source>Finishing the video…</source>
        <translation>Gjør ferdig videoen …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Finishing</source>
        <translation>Gjør ferdig</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../../ui/recovery_prompt.py" line="+22" />
        <source>Recover the last recording?</source>
        <translation>Berge det siste opptaket?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The app stopped while you were recording feedback for {student}. The recording can be recovered up to the last second.</source>
        <translation>Programmet stoppet mens du spilte inn tilbakemelding til {student}. Opptaket kan berges fram til det siste sekundet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Recover it now and review it?</source>
        <translation>Vil du berge det nå og se gjennom det?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Recover</source>
        <translation>&amp;Berg</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Discard the recording</source>
        <translation>&amp;Kast opptaket</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
</context>
<context>
    <name>RegionOverlay</name>
    <message>
        <location filename="../../ui/region_overlay.py" line="+56" />
        <source>Choose what to record</source>
        <translation>Velg hva som skal tas opp</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Drag to choose the area to record. Enter: record this area. Esc: cancel.</source>
        <translation>Dra for å velge området som skal tas opp. Enter: ta opp dette området. Esc: avbryt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Click the window to record. Enter: record it. Esc: cancel.</source>
        <translation>Klikk på vinduet som skal tas opp. Enter: ta det opp. Esc: avbryt.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/review.py" line="+87" />
        <source>Feedback for {student}</source>
        <translation>Tilbakemelding til {student}</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+219" />
        <source>&amp;Play</source>
        <translation>Spill &amp;av</translation>
    </message>
    <message>
        <location line="-216" />
        <source>Position</source>
        <translation>Posisjon</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+55" />
        <source>Chapters</source>
        <translation>Kapitler</translation>
    </message>
    <message>
        <location line="-44" />
        <source>Chapter text (optional)</source>
        <translation>Kapitteltekst (valgfri)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No criterion</source>
        <translation>Uten kriterium</translation>
    </message>
    <message>
        <location line="+4" />
        <source>−1 s</source>
        <translation>−1 s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the chapter one second earlier (Alt+Left)</source>
        <translation>Flytt kapittelet ett sekund tidligere (Alt+venstre)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>+1 s</source>
        <translation>+1 s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the chapter one second later (Alt+Right)</source>
        <translation>Flytt kapittelet ett sekund senere (Alt+høyre)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move &amp;here</source>
        <translation>Flytt &amp;hit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the chapter at the player's position</source>
        <translation>La kapittelet starte der avspillingen er</translation>
    </message>
    <message>
        <location line="+2" />
        <source>De&amp;lete chapter</source>
        <translation>S&amp;lett kapittel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Add chapter here</source>
        <translation>Le&amp;gg til kapittel her</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Chapter &amp;text:</source>
        <translation>Kapittel&amp;tekst:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Criterion:</source>
        <translation>K&amp;riterium:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&amp;Grade practice:</source>
        <translation>Karakter&amp;praksis:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Gra&amp;de:</source>
        <translation>&amp;Karakter:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>N&amp;ote:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Discard since last pause and contin&amp;ue</source>
        <translation>Kast alt siden forrige pause og &amp;fortsett</translation>
    </message>
    <message>
        <location line="-45" />
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Stored with the feedback; never drawn into the video</source>
        <translation>Lagres med tilbakemeldingen; vises aldri i videoen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A short note for the student (optional)</source>
        <translation>En kort merknad til eleven (valgfri)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Earlier feedback:</source>
        <translation>Tidligere tilbakemeldinger:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grade and note</source>
        <translation>Karakter og merknad</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Retake all</source>
        <translation>Ta &amp;opp alt på nytt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This take was never paused.</source>
        <translation>Dette opptaket ble aldri satt på pause.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not possible for this take.</source>
        <translation>Ikke mulig for dette opptaket.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write the video and chapter files for the student (Ctrl+S)</source>
        <translation>Skriv videoen og kapittelfilene til eleven (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Next student</source>
        <translation>&amp;Neste elev</translation>
    </message>
    <message>
        <location line="+87" />
        <source>&amp;Pause</source>
        <translation>P&amp;ause</translation>
    </message>
    <message>
        <location line="+98" />
        <source>The grade you said in the video</source>
        <translation>Karakteren du sa i videoen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>For the LMS; not in the video</source>
        <translation>Til læringsplattformen; ikke i videoen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No grade for this assignment</source>
        <translation>Ingen karakter på denne oppgaven</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <location filename="../../ui/rubric_editor.py" line="+48" />
        <source>Rubric criteria</source>
        <translation>Vurderingskriterier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add &amp;criterion</source>
        <translation>Legg til &amp;kriterium</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remov&amp;e</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer CSV …</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Import rubric</source>
        <translation>Importer vurderingskriterier</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Line {line} of {file}: {problem}</source>
        <translation>Linje {line} i {file}: {problem}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The rubric could not be read</source>
        <translation>Vurderingskriteriene kunne ikke leses</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+13" />
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target length, &amp;from:</source>
        <translation>Ønsket lengde, &amp;fra:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target length, &amp;to:</source>
        <translation>Ønsket lengde, &amp;til:</translation>
    </message>
    <message>
        <location line="+3" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Countdown:</source>
        <translation>&amp;Nedtelling:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Grade practice:</source>
        <translation>&amp;Karakterpraksis:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open the student's file when recording starts</source>
        <translation>Å&amp;pne elevens fil når opptaket starter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record &amp;sound</source>
        <translation>Ta opp &amp;lyd</translation>
    </message>
    <message>
        <location line="+4" />
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Frames per second:</source>
        <translation>&amp;Bilder per sekund:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;hange…</source>
        <translation>&amp;Endre …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What to record:</source>
        <translation>Hva som tas opp:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <location line="+8" />
        <source>These work while another program has focus. Write them like &lt;ctrl&gt;+&lt;shift&gt;+1.</source>
        <translation>Disse virker også når et annet program har fokus. Skriv dem slik: &lt;ctrl&gt;+&lt;shift&gt;+1.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Reset hotkeys</source>
        <translation>&amp;Tilbakestill hurtigtaster</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hotkeys</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location line="+31" />
        <source>“{text}” is not a hotkey.</source>
        <translation>«{text}» er ikke en hurtigtast.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>“{text}” is used twice.</source>
        <translation>«{text}» er brukt to ganger.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/i18n.py" line="+5" />
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recorded</source>
        <translation>Innspilt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
</context>
</TS>