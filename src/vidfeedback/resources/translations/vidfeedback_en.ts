<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssignmentView</name>
    <message>
        <location filename="../../ui/assignment_view.py" line="+82"/>
        <source>Demo assignment: try recording feedback on these texts.</source>
        <translation>Demo assignment: try recording feedback on these texts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Students:</source>
        <translation>&amp;Students:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted files</source>
        <translation>Submitted files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bmitted files (Enter opens):</source>
        <translation>Su&amp;bmitted files (Enter opens):</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Chan&amp;ge…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Open file</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record feedback</source>
        <translation>&amp;Record feedback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record feedback for the selected student (Ctrl+R)</source>
        <translation>Record feedback for the selected student (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;view take</source>
        <translation>Re&amp;view take</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the na&amp;me…</source>
        <translation>Correct the na&amp;me…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name used in the app and the feedback files (F2)</source>
        <translation>The name used in the app and the feedback files (F2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What to record</source>
        <translation>What to record</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{name} (late)</source>
        <translation>{name} (late)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export waits for captions</source>
        <translation>Export waits for captions</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No student selected</source>
        <translation>No student selected</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported: {file}</source>
        <translation>Exported: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier feedback:</source>
        <translation>Earlier feedback:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No earlier feedback for this student.</source>
        <translation>No earlier feedback for this student.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Correct the name</source>
        <translation>Correct the name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of {name} (as in the app and the feedback files):</source>
        <translation>Name of {name} (as in the app and the feedback files):</translation>
    </message>
</context>
<context>
    <name>CaptionsPanel</name>
    <message>
        <location filename="../../ui/captions_panel.py" line="+60"/>
        <source>Captions</source>
        <translation>Captions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spoken language</source>
        <translation>Spoken language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Norwegian (bokmål)</source>
        <translation>Norwegian (bokmål)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian (nynorsk)</source>
        <translation>Norwegian (nynorsk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make captions</source>
        <translation>Make captions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Captions progress</source>
        <translation>Captions progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No captions yet.</source>
        <translation>No captions yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speech recognition model {model} is not on this computer. Download it once (it stays on this computer), or set the school&apos;s models folder.</source>
        <translation>The speech recognition model {model} is not on this computer. Download it once (it stays on this computer), or set the school&apos;s models folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making captions in the background; you can go on working.</source>
        <translation>Making captions in the background; you can go on working.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a caption to correct it; corrections are saved at once.</source>
        <translation>Double-click a caption to correct it; corrections are saved at once.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The captions could not be made: {problem}</source>
        <translation>The captions could not be made: {problem}</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Download the model</source>
        <translation>Download the model</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Downloading the speech recognition model: {done} of {total} MB</source>
        <translation>Downloading the speech recognition model: {done} of {total} MB</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Downloading the speech recognition model…</source>
        <translation>Downloading the speech recognition model…</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../ui/capture_picker.py" line="+37"/>
        <source>The whole screen</source>
        <translation>The whole screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screen {n} ({w} × {h})</source>
        <translation>Screen {n} ({w} × {h})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window “{title}” ({w} × {h})</source>
        <translation>Window “{title}” ({w} × {h})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region {w} × {h} at {x}, {y}</source>
        <translation>Region {w} × {h} at {x}, {y}</translation>
    </message>
</context>
<context>
    <name>CapturePicker</name>
    <message>
        <location line="+19"/>
        <source>What to record</source>
        <translation>What to record</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A whole &amp;screen</source>
        <translation>A whole &amp;screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;window</source>
        <translation>A &amp;window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;region you drag</source>
        <translation>A &amp;region you drag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screen {n}: {name} ({w} × {h})</source>
        <translation>Screen {n}: {name} ({w} × {h})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No windows found</source>
        <translation>No windows found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Point at it…</source>
        <translation>&amp;Point at it…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Drag a region…</source>
        <translation>&amp;Drag a region…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;tart recording</source>
        <translation>S&amp;tart recording</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording toolbar is kept out of the video.</source>
        <translation>The recording toolbar is kept out of the video.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Will record: {what}</source>
        <translation>Will record: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a region first.</source>
        <translation>Drag a region first.</translation>
    </message>
</context>
<context>
    <name>ChaptersModel</name>
    <message>
        <location filename="../../ui/chapters_model.py" line="+48"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chapter title</source>
        <translation>Chapter title</translation>
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
        <translation>Recording starts soon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feedback for {student}</source>
        <translation>Feedback for {student}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording starts soon. Press Esc to cancel.</source>
        <translation>Recording starts soon. Press Esc to cancel.</translation>
    </message>
</context>
<context>
    <name>EditTimeline</name>
    <message>
        <location filename="../../ui/edit_timeline.py" line="+85"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Drag to select, Delete to cut it; drag the bars at the ends to trim. Ctrl+Z undoes.</source>
        <translation>Drag to select, Delete to cut it; drag the bars at the ends to trim. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location line="+265"/>
        <source>Edited: {length} of {total}</source>
        <translation>Edited: {length} of {total}</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../../ui/prepare_view.py" line="+87"/>
        <source>{file} (read only)</source>
        <translation>{file} (read only)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is not a text file and no program on this computer opens it. Install a program for it, or talk about it without showing it.</source>
        <translation>{file} is not a text file and no program on this computer opens it. Install a program for it, or talk about it without showing it.</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <location filename="../../ui/i18n.py" line="+125"/>
        <source>No grade</source>
        <translation>No grade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade in the LMS only</source>
        <translation>Grade in the LMS only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade said in the video</source>
        <translation>Grade said in the video</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+49"/>
        <source>Pause / resume</source>
        <translation>Pause / resume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next criterion</source>
        <translation>Next criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pen on / off</source>
        <translation>Pen on / off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear drawings</source>
        <translation>Clear drawings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlighter on / off</source>
        <translation>Highlighter on / off</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/i18n.py" line="-41"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../ui/level_meter.py" line="+19"/>
        <source>Microphone level</source>
        <translation>Microphone level</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open hand-in folder…</source>
        <translation>&amp;Open hand-in folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open LMS &amp;zip…</source>
        <translation>Open LMS &amp;zip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo assignment</source>
        <translation>Open the &amp;demo assignment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent assignments</source>
        <translation>&amp;Recent assignments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;turn to students…</source>
        <translation>Re&amp;turn to students…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent assignments</source>
        <translation>Recent assignments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a hand-in folder (Ctrl+O)</source>
        <translation>Open a hand-in folder (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} (missing)</source>
        <translation>{name} (missing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not there any more: moved, renamed or on another disk?</source>
        <translation>{path} is not there any more: moved, renamed or on another disk?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No recent assignments</source>
        <translation>No recent assignments</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assignment: Ctrl+R or Enter records feedback for the selected student.</source>
        <translation>Assignment: Ctrl+R or Enter records feedback for the selected student.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While recording (toolbar): Ctrl+1/2/3 markers, Ctrl+Space pause, Ctrl+Enter stop, Ctrl+K next criterion, Ctrl+D pen, Ctrl+H highlighter (Esc puts it down), Ctrl+E clear drawings.</source>
        <translation>While recording (toolbar): Ctrl+1/2/3 markers, Ctrl+Space pause, Ctrl+Enter stop, Ctrl+K next criterion, Ctrl+D pen, Ctrl+H highlighter (Esc puts it down), Ctrl+E clear drawings.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review: Ctrl+P play, Alt+Left/Right move a chapter, Delete removes it, Ctrl+S exports.</source>
        <translation>Review: Ctrl+P play, Alt+Left/Right move a chapter, Delete removes it, Ctrl+S exports.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anywhere, also while the student&apos;s document has focus:</source>
        <translation>Anywhere, also while the student&apos;s document has focus:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open hand-in folder</source>
        <translation>Open hand-in folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open LMS zip</source>
        <translation>Open LMS zip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening the demo assignment…</source>
        <translation>Opening the demo assignment…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The assignment could not be opened.</source>
        <translation>The assignment could not be opened.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open</source>
        <translation>Could not open</translation>
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
        <translation>This hand-in is read-only; its feedback goes to {folder}.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The hand-in folder {path} is read-only, so the feedback cannot be written beside it. Choose a folder for this assignment&apos;s feedback; recording works as usual.</source>
        <translation>The hand-in folder {path} is read-only, so the feedback cannot be written beside it. Choose a folder for this assignment&apos;s feedback; recording works as usual.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only hand-in folder</source>
        <translation>Read-only hand-in folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Choose a folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the feedback for {name} goes</source>
        <translation>Where the feedback for {name} goes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open the hand-in inside?</source>
        <translation>Open the hand-in inside?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{opened} looks like the folder above a hand-in: it holds “{inside}”, whose folders look like the students&apos;. Open “{inside}” instead?</source>
        <translation>{opened} looks like the folder above a hand-in: it holds “{inside}”, whose folders look like the students&apos;. Open “{inside}” instead?</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The rubric could not be saved: {problem}</source>
        <translation>The rubric could not be saved: {problem}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Use this</source>
        <translation>&amp;Use this</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The planned points could not be saved: {problem}</source>
        <translation>The planned points could not be saved: {problem}</translation>
    </message>
    <message>
        <location line="+189"/>
        <location line="+41"/>
        <source>Recording problem</source>
        <translation>Recording problem</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The video could not be finished.</source>
        <translation>The video could not be finished.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The export starts when the captions are ready.</source>
        <translation>The export starts when the captions are ready.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Exports are waiting</source>
        <translation>Exports are waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export for {students} waits for the captions.</source>
        <translation>The export for {students} waits for the captions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit anyway? The recordings are kept; export them the next time you open the assignment.</source>
        <translation>Quit anyway? The recordings are kept; export them the next time you open the assignment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit without exporting</source>
        <translation>&amp;Quit without exporting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wait</source>
        <translation>&amp;Wait</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the feedback files…</source>
        <translation>Writing the feedback files…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting the feedback for {student}…</source>
        <translation>Exporting the feedback for {student}…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exported the feedback for {student} to {folder}</source>
        <translation>Exported the feedback for {student} to {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to {folder}</source>
        <translation>Exported to {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>({count} chapters were in cut stretches: left out)</source>
        <translation>({count} chapters were in cut stretches: left out)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The feedback for {student} was not exported: {problem}</source>
        <translation>The feedback for {student} was not exported: {problem}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every student has feedback.</source>
        <translation>Every student has feedback.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Recovering the recording…</source>
        <translation>Recovering the recording…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not recover</source>
        <translation>Could not recover</translation>
    </message>
</context>
<context>
    <name>Marker</name>
    <message>
        <location filename="../../ui/i18n.py" line="+13"/>
        <source>Feed up</source>
        <translation>Feed up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed back</source>
        <translation>Feed back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed forward</source>
        <translation>Feed forward</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where am I going?</source>
        <translation>Where am I going?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How am I going?</source>
        <translation>How am I going?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to next?</source>
        <translation>Where to next?</translation>
    </message>
</context>
<context>
    <name>MicCheckDialog</name>
    <message>
        <location filename="../../ui/mic_check.py" line="+83"/>
        <source>Microphone check</source>
        <translation>Microphone check</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;without sound</source>
        <translation>Record &amp;without sound</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look again</source>
        <translation>&amp;Look again</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check that your voice is heard before you record. Say something: the bar should move.</source>
        <translation>Check that your voice is heard before you record. Say something: the bar should move.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No microphone was found. Plug one in and choose Look again, or record without sound.</source>
        <translation>No microphone was found. Plug one in and choose Look again, or record without sound.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+18"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Say something…</source>
        <translation>Say something…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This microphone is gone. Choose another one.</source>
        <translation>This microphone is gone. Choose another one.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>We can hear you. Choose Continue when you are ready.</source>
        <translation>We can hear you. Choose Continue when you are ready.</translation>
    </message>
</context>
<context>
    <name>PenOverlay</name>
    <message>
        <location filename="../../ui/pen_overlay.py" line="+126"/>
        <source>Drawing</source>
        <translation>Drawing</translation>
    </message>
</context>
<context>
    <name>PlannedPointsPanel</name>
    <message>
        <location filename="../../ui/planned_points_panel.py" line="+31"/>
        <location line="+11"/>
        <source>Planned points</source>
        <translation>Planned points</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The next marker takes point {n}.</source>
        <translation>The next marker takes point {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All planned points are covered; markers take the current criterion.</source>
        <translation>All planned points are covered; markers take the current criterion.</translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <location filename="../../ui/prepare_view.py" line="+47"/>
        <source>Prepare feedback for {name}</source>
        <translation>Prepare feedback for {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submitted files</source>
        <translation>Submitted files</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submitted &amp;files (Enter opens):</source>
        <translation>Submitted &amp;files (Enter opens):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open file</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record &amp;this window</source>
        <translation>Record &amp;this window</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earlier feedback:</source>
        <translation>Earlier feedback:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No earlier feedback for this student.</source>
        <translation>No earlier feedback for this student.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The student&apos;s work</source>
        <translation>The student&apos;s work</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Criterion / level</source>
        <translation>Criterion / level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No rubric yet: add one in the assignment view.</source>
        <translation>No rubric yet: add one in the assignment view.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planned points</source>
        <translation>Planned points</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Planned points (each marker while recording takes the next one):</source>
        <translation>&amp;Planned points (each marker while recording takes the next one):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you want to say (Enter adds it)</source>
        <translation>What you want to say (Enter adds it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New point</source>
        <translation>New point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New point:</source>
        <translation>&amp;New point:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No criterion</source>
        <translation>No criterion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep in the comment bank</source>
        <translation>&amp;Keep in the comment bank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer this point again for this criterion, also in later assignments</source>
        <translation>Offer this point again for this criterion, also in later assignments</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comment bank</source>
        <translation>Comment bank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forg&amp;et this comment</source>
        <translation>Forg&amp;et this comment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to say</source>
        <translation>What to say</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chan&amp;ge…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start recording when you are ready (Ctrl+R)</source>
        <translation>Start recording when you are ready (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to record:</source>
        <translation>What to record:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{file} is open in “{title}”. Record that window?</source>
        <translation>{file} is open in “{title}”. Record that window?</translation>
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
        <translation>Co&amp;mment bank (Enter adds one to the plan; choose a criterion to see its own):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mment bank for {criterion} (Enter adds one to the plan):</source>
        <translation>Co&amp;mment bank for {criterion} (Enter adds one to the plan):</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../ui/problems.py" line="+43"/>
        <source>The video must be an .mp4 file, not “{path}”. Choose a name ending in .mp4.</source>
        <translation>The video must be an .mp4 file, not “{path}”. Choose a name ending in .mp4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder {path} does not exist. Create it or choose another folder; nothing was recorded.</source>
        <translation>The folder {path} does not exist. Create it or choose another folder; nothing was recorded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} exists already and was left as it is. Choose another name; nothing was recorded.</source>
        <translation>{path} exists already and was left as it is. Choose another name; nothing was recorded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An unfinished recording for {path} is still there. Recover it first: start the app again, or run “vidfeedback recover”. Nothing was lost.</source>
        <translation>An unfinished recording for {path} is still there. Recover it first: start the app again, or run “vidfeedback recover”. Nothing was lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {path} is read-only. Choose a folder you can write to, or make this one writable; nothing was lost.</source>
        <translation>The folder {path} is read-only. Choose a folder you can write to, or make this one writable; nothing was lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app cannot write in {path} ({detail}). Check the folder and try again; nothing was recorded.</source>
        <translation>The app cannot write in {path} ({detail}). Check the folder and try again; nothing was recorded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The area to record is not on the screen any more. Choose what to record again.</source>
        <translation>The area to record is not on the screen any more. Choose what to record again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The screen cannot be recorded. Start vidfeedback from the desktop you want to record, then try again.</source>
        <translation>The screen cannot be recorded. Start vidfeedback from the desktop you want to record, then try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The microphone “{device}” was not found. Plug it in, or choose another microphone in Settings.</source>
        <translation>The microphone “{device}” was not found. Plug it in, or choose another microphone in Settings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The microphone “{device}” cannot be opened. Close other programs that use it, or choose another microphone in Settings.</source>
        <translation>The microphone “{device}” cannot be opened. Close other programs that use it, or choose another microphone in Settings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The microphone “{device}” delivers no sound. Check that it is plugged in and not used by another program, or choose another microphone in Settings.</source>
        <translation>The microphone “{device}” delivers no sound. Check that it is plugged in and not used by another program, or choose another microphone in Settings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recorder could not do that just now ({state}). Try again; nothing was lost.</source>
        <translation>The recorder could not do that just now ({state}). Try again; nothing was lost.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was recorded.</source>
        <translation>Nothing was recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The take to continue is gone ({path}). Record the feedback again.</source>
        <translation>The take to continue is gone ({path}). Record the feedback again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The take to continue cannot be read ({path}). It was not changed; record the feedback again.</source>
        <translation>The take to continue cannot be read ({path}). It was not changed; record the feedback again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The take was recorded at {old_size} pixels, but the area to record is now {new_size}. Choose the same area again, or retake all.</source>
        <translation>The take was recorded at {old_size} pixels, but the area to record is now {new_size}. Choose the same area again, or retake all.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The take was recorded with sound. Choose a microphone in Settings to continue it, or retake all.</source>
        <translation>The take was recorded with sound. Choose a microphone in Settings to continue it, or retake all.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The take was recorded without sound. Turn sound off in Settings to continue it, or retake all.</source>
        <translation>The take was recorded without sound. Turn sound off in Settings to continue it, or retake all.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new part could not be joined to the earlier take, so it is kept as a take of its own. The earlier take is unchanged.</source>
        <translation>The new part could not be joined to the earlier take, so it is kept as a take of its own. The earlier take is unchanged.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone stopped. Recording goes on with silence: check the microphone.</source>
        <translation>The microphone stopped. Recording goes on with silence: check the microphone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The microphone is back.</source>
        <translation>The microphone is back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is nearly full: about {free_mb} MB is left. Stop soon, or free some space.</source>
        <translation>The disk is nearly full: about {free_mb} MB is left. Stop soon, or free some space.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full ({path}). What was recorded so far is kept; free some space.</source>
        <translation>The disk is full ({path}). What was recorded so far is kept; free some space.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing to {path} failed ({detail}). What was written so far is kept; check the disk and try again.</source>
        <translation>Writing to {path} failed ({detail}). What was written so far is kept; check the disk and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video encoder failed ({detail}). What was recorded so far is kept.</source>
        <translation>The video encoder failed ({detail}). What was recorded so far is kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording is paused: resume it to place a marker.</source>
        <translation>The recording is paused: resume it to place a marker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is being recorded, so no marker was placed.</source>
        <translation>Nothing is being recorded, so no marker was placed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window “{title}” was closed or minimised. Recording goes on with the area where it was last.</source>
        <translation>The window “{title}” was closed or minimised. Recording goes on with the area where it was last.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The final video could not be written ({detail}). The recording is kept in {path}: free some space, then start the app again to recover it.</source>
        <translation>The final video could not be written ({detail}). The recording is kept in {path}: free some space, then start the app again to recover it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The video {path} could not be written ({detail}). Nothing was lost; try again.</source>
        <translation>The video {path} could not be written ({detail}). Nothing was lost; try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No unfinished recording was found at {path}.</source>
        <translation>No unfinished recording was found at {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} holds several unfinished recordings ({names}); choose one.</source>
        <translation>{path} holds several unfinished recordings ({names}); choose one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unfinished recording in {path} holds nothing that can be played. Record the feedback again.</source>
        <translation>The unfinished recording in {path} holds nothing that can be played. Record the feedback again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The unfinished recording in {path} cannot be read. It is left where it is; record the feedback again.</source>
        <translation>The unfinished recording in {path} cannot be read. It is left where it is; record the feedback again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The feedback could not be written. Nothing was lost; the details say why.</source>
        <translation>The feedback could not be written. Nothing was lost; the details say why.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough free space in {path}: about {need_mb} MB is needed and {free_mb} MB is free. Free some space and try again; nothing was lost.</source>
        <translation>There is not enough free space in {path}: about {need_mb} MB is needed and {free_mb} MB is free. Free some space and try again; nothing was lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You do not have permission to write to {path}. Choose another folder or ask for access; nothing was lost.</source>
        <translation>You do not have permission to write to {path}. Choose another folder or ask for access; nothing was lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A name is too long for this disk: {path}. Move the hand-in to a folder with a shorter path; nothing was lost.</source>
        <translation>A name is too long for this disk: {path}. Move the hand-in to a folder with a shorter path; nothing was lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not there any more (was a disk unplugged?). Plug it in again and try again; nothing was lost.</source>
        <translation>{path} is not there any more (was a disk unplugged?). Plug it in again and try again; nothing was lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} exists and was not made by vidfeedback, so it was left alone. Move or rename it and try again.</source>
        <translation>{path} exists and was not made by vidfeedback, so it was left alone. Move or rename it and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a file where a folder should be; it was left alone. Move or rename it and try again.</source>
        <translation>{path} is a file where a folder should be; it was left alone. Move or rename it and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No free file name was found in {path}. Tidy up the folder and try again.</source>
        <translation>No free file name was found in {path}. Tidy up the folder and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording {path} is gone. Record the feedback again.</source>
        <translation>The recording {path} is gone. Record the feedback again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording has no length. Record the feedback again.</source>
        <translation>The recording has no length. Record the feedback again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording {path} cannot be read. Record the feedback again.</source>
        <translation>The recording {path} cannot be read. Record the feedback again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} does not exist. Choose the hand-in folder or zip again.</source>
        <translation>{path} does not exist. Choose the hand-in folder or zip again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is neither a folder nor a zip file. Choose the hand-in folder, or the zip the learning platform gave you.</source>
        <translation>{path} is neither a folder nor a zip file. Choose the hand-in folder, or the zip the learning platform gave you.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a readable zip file. Download it from the learning platform again.</source>
        <translation>{path} is not a readable zip file. Download it from the learning platform again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} has not been unpacked. Open it again to unpack a copy to work on.</source>
        <translation>{path} has not been unpacked. Open it again to unpack a copy to work on.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} holds no files. Download the submissions from the learning platform again.</source>
        <translation>{path} holds no files. Download the submissions from the learning platform again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every file in {path} is protected with a password, so none can be read. Download the submissions from the learning platform again, without a password.</source>
        <translation>Every file in {path} is protected with a password, so none can be read. Download the submissions from the learning platform again, without a password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{student} has no Moodle participant id, so Moodle could not match the feedback. Download the submissions from Moodle again.</source>
        <translation>{student} has no Moodle participant id, so Moodle could not match the feedback. Download the submissions from Moodle again.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The edited video could not be written ({detail}). The take is unchanged.</source>
        <translation>The edited video could not be written ({detail}). The take is unchanged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cut lies outside the take or ends before it starts ({detail}).</source>
        <translation>A cut lies outside the take or ends before it starts ({detail}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cuts and trims leave nothing of the take. Undo one of them.</source>
        <translation>The cuts and trims leave nothing of the take. Undo one of them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This video was not recorded by this program, so it cannot be cut without encoding it again ({path}).</source>
        <translation>This video was not recorded by this program, so it cannot be cut without encoding it again ({path}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These chapters were in a stretch that was cut, and are left out: {names}.</source>
        <translation>These chapters were in a stretch that was cut, and are left out: {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file cannot be read ({detail}).</source>
        <translation>The file cannot be read ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a rubric.</source>
        <translation>The file is too large to be a rubric.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a text file. If it is an Excel workbook, save it as CSV first.</source>
        <translation>This is not a text file. If it is an Excel workbook, save it as CSV first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has no rows.</source>
        <translation>The file has no rows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has a header but no criteria.</source>
        <translation>The file has a header but no criteria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row has {fields} fields where the header has {width}; a field that contains the separator must be in double quotes.</source>
        <translation>The row has {fields} fields where the header has {width}; a field that contains the separator must be in double quotes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The criterion (first column) is empty.</source>
        <translation>The criterion (first column) is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The criterion “{name}” is already on line {first_line}.</source>
        <translation>The criterion “{name}” is already on line {first_line}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A double quote opens a field that is never closed.</source>
        <translation>A double quote opens a field that is never closed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A double quote inside a quoted field must be written twice (&quot;&quot;).</source>
        <translation>A double quote inside a quoted field must be written twice (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a rubric file the app can read; the details say why.</source>
        <translation>This is not a rubric file the app can read; the details say why.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{url}” is not an address the app understands. Open the assignment in the browser and copy its address from the address bar.</source>
        <translation>“{url}” is not an address the app understands. Open the assignment in the browser and copy its address from the address bar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{url} is not encrypted (http). Use the https address, so that the token and the students&apos; feedback cannot be read on the way.</source>
        <translation>{url} is not encrypted (http). Use the https address, so that the token and the students&apos; feedback cannot be read on the way.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no access token for {platform}. Make one in {platform} and paste it.</source>
        <translation>There is no access token for {platform}. Make one in {platform} and paste it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The computer&apos;s password store cannot be used, so the token was not saved. Start the desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>The computer&apos;s password store cannot be used, so the token was not saved. Start the desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} refused the access token: it is wrong, expired or withdrawn. Make a new token in {platform} and paste it.</source>
        <translation>{platform} refused the access token: it is wrong, expired or withdrawn. Make a new token in {platform} and paste it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} does not allow this token to do this. Use a token of a teacher in this course.</source>
        <translation>{platform} does not allow this token to do this. Use a token of a teacher in this course.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} does not know this assignment. Check that the address is the assignment this hand-in was downloaded from.</source>
        <translation>{platform} does not know this assignment. Check that the address is the assignment this hand-in was downloaded from.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} refused a file as too large. Return this student&apos;s feedback by hand, or ask the site&apos;s administrator to raise the upload limit.</source>
        <translation>{platform} refused a file as too large. Return this student&apos;s feedback by hand, or ask the site&apos;s administrator to raise the upload limit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The course&apos;s file space on {platform} is full. Ask the site&apos;s administrator for more space, or delete old files in the course.</source>
        <translation>The course&apos;s file space on {platform} is full. Ask the site&apos;s administrator for more space, or delete old files in the course.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} had a problem ({status}) and did not take the feedback. Try again later; what was sent is kept.</source>
        <translation>{platform} had a problem ({status}) and did not take the feedback. Try again later; what was sent is kept.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} cannot be reached. Check the network connection and upload again; the upload goes on where it stopped.</source>
        <translation>{platform} cannot be reached. Check the network connection and upload again; the upload goes on where it stopped.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} answered in a way the app does not understand; nothing was posted twice. The details say what was expected.</source>
        <translation>{platform} answered in a way the app does not understand; nothing was posted twice. The details say what was expected.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} refused the request. The details give its reason.</source>
        <translation>{platform} refused the request. The details give its reason.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} changed or disappeared while it was being sent. Upload again.</source>
        <translation>{path} changed or disappeared while it was being sent. Upload again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record of what was uploaded, {path}, cannot be read; it was left as it is. Move it away to start the record anew.</source>
        <translation>The record of what was uploaded, {path}, cannot be read; it was left as it is. Move it away to start the record anew.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This assignment is being uploaded already (in another window or on the command line). Wait for it to finish.</source>
        <translation>This assignment is being uploaded already (in another window or on the command line). Wait for it to finish.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The upload was stopped. Upload again to go on where it stopped.</source>
        <translation>The upload was stopped. Upload again to go on where it stopped.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This hand-in was not downloaded from {platform}, so its students cannot be matched there.</source>
        <translation>This hand-in was not downloaded from {platform}, so its students cannot be matched there.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moodle does not tell this token which participant is which student, so the feedback cannot be matched. Use an editing teacher&apos;s token, or the upload zip.</source>
        <translation>Moodle does not tell this token which participant is which student, so the feedback cannot be matched. Use an editing teacher&apos;s token, or the upload zip.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This Moodle assignment takes group submissions, so the download names groups, not students. Return the feedback with the upload zip.</source>
        <translation>This Moodle assignment takes group submissions, so the download names groups, not students. Return the feedback with the upload zip.</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>The captions could not be made ({detail}). The video is fine and can be exported without them.</source>
        <translation>The captions could not be made ({detail}). The video is fine and can be exported without them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} already has captions, so they were left as they are.</source>
        <translation>{path} already has captions, so they were left as they are.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The captions file {path} cannot be read ({detail}). Make the captions again.</source>
        <translation>The captions file {path} cannot be read ({detail}). Make the captions again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The speech recognition model is not on this computer ({detail}). Download it in the settings, or choose the school&apos;s models folder.</source>
        <translation>The speech recognition model is not on this computer ({detail}). Download it in the settings, or choose the school&apos;s models folder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This speech recognition model does not understand the language “{lang}”. Choose another model or language.</source>
        <translation>This speech recognition model does not understand the language “{lang}”. Choose another model or language.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The speech recognition model could not be downloaded ({detail}). What arrived is kept; try again later to continue.</source>
        <translation>The speech recognition model could not be downloaded ({detail}). What arrived is kept; try again later to continue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A downloaded model file was damaged ({path}) and has been deleted. Try the download again.</source>
        <translation>A downloaded model file was damaged ({path}) and has been deleted. Try the download again.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>This Moodle assignment is graded with a rubric or marking guide ({method}); feedback sent through Moodle&apos;s web services would change it. Return the feedback with the upload zip.</source>
        <translation>This Moodle assignment is graded with a rubric or marking guide ({method}); feedback sent through Moodle&apos;s web services would change it. Return the feedback with the upload zip.</translation>
    </message>
</context>
<context>
    <name>RecordToolbar</name>
    <message>
        <location filename="../../ui/record_toolbar.py" line="+131"/>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recording for {student}</source>
        <translation>Recording for {student}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+292"/>
        <source>Redo since pause</source>
        <translation>Redo since pause</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Throw away what was recorded since the last pause; Resume records it again</source>
        <translation>Throw away what was recorded since the last pause; Resume records it again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and review (Ctrl+Enter)</source>
        <translation>Stop and review (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current criterion</source>
        <translation>Current criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion for the next marker (Ctrl+K: next)</source>
        <translation>Criterion for the next marker (Ctrl+K: next)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No criterion</source>
        <translation>No criterion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next criterion</source>
        <translation>Next criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next criterion (Ctrl+K)</source>
        <translation>Next criterion (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pen</source>
        <translation>Pen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw on the document (Ctrl+D; Esc: stop drawing)</source>
        <translation>Draw on the document (Ctrl+D; Esc: stop drawing)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlighter</source>
        <translation>Highlighter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight on the document (Ctrl+H; Esc: stop highlighting)</source>
        <translation>Highlight on the document (Ctrl+H; Esc: stop highlighting)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove all drawings (Ctrl+E)</source>
        <translation>Remove all drawings (Ctrl+E)</translation>
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
        <translation>Longer than your target length</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded time (pauses not counted) and target</source>
        <translation>Recorded time (pauses not counted) and target</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Throw away the {time} recorded since the last pause?</source>
        <translation>Throw away the {time} recorded since the last pause?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume then records that part again.</source>
        <translation>Resume then records that part again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Throw it away</source>
        <translation>&amp;Throw it away</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+88"/>
        <source>Resume</source>
        <translation>Resume</translation>
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
        <translation>Pause or resume (Ctrl+Space)</translation>
    </message>
</context>
<context>
    <name>RecordingSession</name>
    <message>
        <location filename="../../ui/session.py" line="+582"/>
        <source>Finishing the video…</source>
        <translation>Finishing the video…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finishing</source>
        <translation>Finishing</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../../ui/recovery_prompt.py" line="+23"/>
        <source>Recover the last recording?</source>
        <translation>Recover the last recording?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app stopped while you were recording feedback for {student}. The recording can be recovered up to the last second.</source>
        <translation>The app stopped while you were recording feedback for {student}. The recording can be recovered up to the last second.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover it now and review it?</source>
        <translation>Recover it now and review it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recover</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard the recording</source>
        <translation>&amp;Discard the recording</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>RegionOverlay</name>
    <message>
        <location filename="../../ui/region_overlay.py" line="+56"/>
        <source>Choose what to record</source>
        <translation>Choose what to record</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Drag to choose the area to record. Enter: record this area. Esc: cancel.</source>
        <translation>Drag to choose the area to record. Enter: record this area. Esc: cancel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the window to record. Enter: record it. Esc: cancel.</source>
        <translation>Click the window to record. Enter: record it. Esc: cancel.</translation>
    </message>
</context>
<context>
    <name>ReturnView</name>
    <message>
        <location filename="../../ui/return_view.py" line="+304"/>
        <source>Return to students: {assignment}</source>
        <translation>Return to students: {assignment}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+162"/>
        <location line="+195"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moodle: upload zip</source>
        <translation>Moodle: upload zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course&apos;s upload &amp;limit (MB):</source>
        <translation>Course&apos;s upload &amp;limit (MB):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make upload zips</source>
        <translation>&amp;Make upload zips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w folder</source>
        <translation>Sho&amp;w folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Moodle: 1. open the assignment and “View all submissions”; 2. Grading action → “Upload multiple feedback files in a zip”; 3. choose “All participants” and upload one zip at a time.</source>
        <translation>In Moodle: 1. open the assignment and “View all submissions”; 2. Grading action → “Upload multiple feedback files in a zip”; 3. choose “All participants” and upload one zip at a time.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upload to Canvas</source>
        <translation>Upload to Canvas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upload to Moodle</source>
        <translation>Upload to Moodle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assignment&apos;s &amp;address:</source>
        <translation>Assignment&apos;s &amp;address:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moodle site&apos;s &amp;address:</source>
        <translation>Moodle site&apos;s &amp;address:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assignment id (view.php?id=…):</source>
        <translation>Assignment id (view.php?id=…):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;token:</source>
        <translation>Access &amp;token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload</source>
        <translation>&amp;Upload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the token</source>
        <translation>Forget the token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to the students</source>
        <translation>&amp;Back to the students</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>saved in the computer&apos;s password store</source>
        <translation>saved in the computer&apos;s password store</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paste it here</source>
        <translation>paste it here</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the exported feedback…</source>
        <translation>Reading the exported feedback…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{exported} to return, {changed} changed since the last return, {returned} returned, {missing} not exported yet.</source>
        <translation>{exported} to return, {changed} changed since the last return, {returned} returned, {missing} not exported yet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since the last return</source>
        <translation>Changed since the last return</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in {zip}</source>
        <translation>in {zip}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{zip}: {names}</source>
        <translation>{zip}: {names}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is larger than the limit and is in no zip: upload it by hand.</source>
        <translation>{name} is larger than the limit and is in no zip: upload it by hand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is in which zip: {index}</source>
        <translation>Who is in which zip: {index}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Uploading in the background…</source>
        <translation>Uploading in the background…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Stopping after the current request…</source>
        <translation>Stopping after the current request…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{done:.1f} of {total:.1f} MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posting the comment</source>
        <translation>Posting the comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{returned} returned now, {already} were returned already.</source>
        <translation>{returned} returned now, {already} were returned already.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}: skipped, not matched with certainty. {reason}</source>
        <translation>{name}: skipped, not matched with certainty. {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Trying again by itself in {seconds} s.</source>
        <translation>Trying again by itself in {seconds} s.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/review.py" line="+126"/>
        <source>Feedback for {student}</source>
        <translation>Feedback for {student}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+444"/>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+64"/>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Chapter text (optional)</source>
        <translation>Chapter text (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No criterion</source>
        <translation>No criterion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>−1 s</source>
        <translation>−1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chapter one second earlier (Alt+Left)</source>
        <translation>Move the chapter one second earlier (Alt+Left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+1 s</source>
        <translation>+1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chapter one second later (Alt+Right)</source>
        <translation>Move the chapter one second later (Alt+Right)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;here</source>
        <translation>Move &amp;here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the chapter at the player&apos;s position</source>
        <translation>Start the chapter at the player&apos;s position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete chapter</source>
        <translation>De&amp;lete chapter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add chapter here</source>
        <translation>&amp;Add chapter here</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chapter &amp;text:</source>
        <translation>Chapter &amp;text:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Criterion:</source>
        <translation>&amp;Criterion:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Grade practice:</source>
        <translation>&amp;Grade practice:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gra&amp;de:</source>
        <translation>Gra&amp;de:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard since last pause and contin&amp;ue</source>
        <translation>Discard since last pause and contin&amp;ue</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Hear the &amp;voice cleaned</source>
        <translation>Hear the &amp;voice cleaned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the take as the export will sound: room noise lowered, voice levelled</source>
        <translation>Play the take as the export will sound: room noise lowered, voice levelled</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the chapter deleted last (Ctrl+Z)</source>
        <translation>Bring back the chapter deleted last (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Stored with the feedback; never drawn into the video</source>
        <translation>Stored with the feedback; never drawn into the video</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short note for the student (optional)</source>
        <translation>A short note for the student (optional)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Earlier feedback:</source>
        <translation>Earlier feedback:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade and note</source>
        <translation>Grade and note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retake all</source>
        <translation>&amp;Retake all</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;more at the end</source>
        <translation>Record &amp;more at the end</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep all of this take and go on recording after its end</source>
        <translation>Keep all of this take and go on recording after its end</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Throw away what was recorded after {time} and record on from there</source>
        <translation>Throw away what was recorded after {time} and record on from there</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This take was never paused.</source>
        <translation>This take was never paused.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not possible for this take.</source>
        <translation>Not possible for this take.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the video and chapter files for the student (Ctrl+S)</source>
        <translation>Write the video and chapter files for the student (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export and ne&amp;xt</source>
        <translation>Export and ne&amp;xt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export, then prepare the next student (Ctrl+Shift+S)</source>
        <translation>Export, then prepare the next student (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next student</source>
        <translation>&amp;Next student</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Discard and continue</source>
        <translation>Discard and continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard {time} recorded since the last pause?</source>
        <translation>Discard {time} recorded since the last pause?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video is kept up to {time}; recording goes on from there after the countdown. Until the new part is finished, the take stays as it is.</source>
        <translation>The video is kept up to {time}; recording goes on from there after the countdown. Until the new part is finished, the take stays as it is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard and continue</source>
        <translation>&amp;Discard and continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>&amp;Keep the take</source>
        <translation>&amp;Keep the take</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Captions not ready</source>
        <translation>Captions not ready</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speech recognition model is still being downloaded ({percent} %).</source>
        <translation>The speech recognition model is still being downloaded ({percent} %).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The captions are still being made ({percent} % done).</source>
        <translation>The captions are still being made ({percent} % done).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The captions are made once the model is here. Export later from this review, or now without captions?</source>
        <translation>The captions are made once the model is here. Export later from this review, or now without captions?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export when they are ready (it starts by itself; you can go on working, also with the next student), or now without captions?</source>
        <translation>Export when they are ready (it starts by itself; you can go on working, also with the next student), or now without captions?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export when ready</source>
        <translation>&amp;Export when ready</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;now without captions</source>
        <translation>Export &amp;now without captions</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Retake all</source>
        <translation>Retake all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the feedback for {student} again from the start?</source>
        <translation>Record the feedback for {student} again from the start?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The take you have now ({time}) is replaced when the new one is finished; until then it stays as it is.</source>
        <translation>The take you have now ({time}) is replaced when the new one is finished; until then it stays as it is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record again</source>
        <translation>&amp;Record again</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preparing the cleaned voice…</source>
        <translation>Preparing the cleaned voice…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The cleaned voice could not be prepared: {reason}</source>
        <translation>The cleaned voice could not be prepared: {reason}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Deleted “{title}”; Ctrl+Z brings it back.</source>
        <translation>Deleted “{title}”; Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The grade you said in the video</source>
        <translation>The grade you said in the video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the LMS; not in the video</source>
        <translation>For the LMS; not in the video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No grade for this assignment</source>
        <translation>No grade for this assignment</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <location filename="../../ui/rubric_editor.py" line="+49"/>
        <source>Rubric criteria</source>
        <translation>Rubric criteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add &amp;criterion</source>
        <translation>Add &amp;criterion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remov&amp;e</source>
        <translation>Remov&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Import rubric</source>
        <translation>Import rubric</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line {line} of {file}: {problem}</source>
        <translation>Line {line} of {file}: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rubric could not be read</source>
        <translation>The rubric could not be read</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+13"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
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
        <translation>Target length, &amp;from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target length, &amp;to:</source>
        <translation>Target length, &amp;to:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Countdown:</source>
        <translation>&amp;Countdown:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Grade practice:</source>
        <translation>&amp;Grade practice:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the student&apos;s file when recording starts</source>
        <translation>&amp;Open the student&apos;s file when recording starts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;sound</source>
        <translation>Record &amp;sound</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lean and level the voice in the exported video</source>
        <translation>C&amp;lean and level the voice in the exported video</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowers fan, keyboard and room noise between phrases and brings the voice to an even loudness</source>
        <translation>Lowers fan, keyboard and room noise between phrases and brings the voice to an even loudness</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Frames per second:</source>
        <translation>&amp;Frames per second:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to record:</source>
        <translation>What to record:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These work while another program has focus. Click a field and press the keys, for example Ctrl+Shift+1.</source>
        <translation>These work while another program has focus. Click a field and press the keys, for example Ctrl+Shift+1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tiny: fastest, makes the most mistakes</source>
        <translation>Tiny: fastest, makes the most mistakes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base: recommended, ready before the next take</source>
        <translation>Base: recommended, ready before the next take</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small: more accurate, needs a fast computer</source>
        <translation>Small: more accurate, needs a fast computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: accurate, slow</source>
        <translation>Medium: accurate, slow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large: most accurate, very slow</source>
        <translation>Large: most accurate, very slow</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speech recognition &amp;model:</source>
        <translation>Speech recognition &amp;model:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: a model is downloaded when needed</source>
        <translation>None: a model is downloaded when needed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>School&apos;s models &amp;folder:</source>
        <translation>School&apos;s models &amp;folder:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Captions are made on this computer while you review; the model size applies to the next take&apos;s captions.</source>
        <translation>Captions are made on this computer while you review; the model size applies to the next take&apos;s captions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Captions</source>
        <translation>Captions</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>School&apos;s models folder</source>
        <translation>School&apos;s models folder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” cannot be a hotkey: use Ctrl, Alt or Meta with a letter, a digit or F1–F12.</source>
        <translation>“{text}” cannot be a hotkey: use Ctrl, Alt or Meta with a letter, a digit or F1–F12.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no folder {path}: choose another, or leave the field empty.</source>
        <translation>There is no folder {path}: choose another, or leave the field empty.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&amp;Reset hotkeys</source>
        <translation>&amp;Reset hotkeys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hotkeys</source>
        <translation>Hotkeys</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>“{text}” is used twice.</source>
        <translation>“{text}” is used twice.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/i18n.py" line="+5"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
</context>
</TS>
