// The Help dialog: the essentials of scoring, carried in the add-on itself (no links needed).

export const HELP_HTML = `<div style="font:13px/1.5 Arial,sans-serif;color:#202124">
<h3 style="margin:0 0 8px">How scoring works</h3>
<p>Each key result gets a <b>progress</b> from its start, target and current value
(for example, Decrease to: (start − current) / (start − target)). Its <b>score</b> is the progress
held between 0 and 1, to two decimals. An objective's score is the weighted mean of its key
results' scores.</p>
<p><b>Aspirational</b> objectives are stretch goals: a score of <b>0.7</b> counts as success.
<b>Committed</b> objectives are promises: <b>1.0</b> is expected. Green is at or above that bar,
yellow from 0.4 (0.7 for committed), red below.</p>
<p><b>Pace</b>: part way through the period, an objective is expected to stand at the bar times
the share of the period gone. Halfway through a quarter, an aspirational objective is on pace at 0.35.</p>
<h3 style="margin:12px 0 8px">Statuses</h3>
<ul style="padding-left:18px;margin:0">
<li><b>Not started</b>: no current value yet.</li>
<li><b>Achieved</b>: score 1.0, or the period is over and the bar was reached.</li>
<li><b>Missed</b>: the period is over and the bar was not reached.</li>
<li><b>On track</b>: at or above the expected pace.</li>
<li><b>Needs focus</b>: at least 70% of the expected pace.</li>
<li><b>At risk</b>: below that.</li>
</ul>
<h3 style="margin:12px 0 8px">KRAs</h3>
<p>A KRA is an ongoing responsibility held against a standard. <b>Healthy</b>: it meets the standard
now and did on at least 90% of recorded days in its review window; <b>Watch</b>: it meets it now
but less consistently; <b>Breach</b>: it does not meet it now.</p>
</div>`;
