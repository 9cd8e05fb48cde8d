/**
 * The release page's inline CSS and JS (no external assets). Colours are chosen for a contrast of at
 * least 4.5:1 on their backgrounds; focus is always visible; print shows every row, no controls.
 */
export const RELEASE_CSS = `
:root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--link:#0550ae;--focus:#0550ae}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:var(--fg);background:#fff}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.25rem .5rem;z-index:1}
.banner{padding:1rem 1.25rem;border-radius:8px;font-size:1.6rem;font-weight:700;margin:0 0 .5rem}
.go{background:#dafbe1;color:#0a3622;border:2px solid #1a7f37}
.waived{background:#ddf4ff;color:#0a3069;border:2px solid #0969da}
.nogo{background:#ffebe9;color:#5c0a0a;border:2px solid #cf222e}
.advisory{background:#fff8c5;color:#3b2300;border:2px solid #9a6700}
.meta{color:var(--muted);margin:.25rem 0 1rem}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
h2{margin-top:2rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
ol.blocking li{margin:.35rem 0}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
caption{text-align:left;font-weight:600;padding:.25rem 0;color:var(--fg)}
th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#f6f8fa}
thead th,th code{white-space:nowrap}
th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:left}
th button::after{content:" ↕";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" ▲";color:var(--fg)}
th[aria-sort=descending] button::after{content:" ▼";color:var(--fg)}
.s-pass,.o-go{color:#116329}.s-fail,.s-error,.o-no-go{color:#a40e26}.s-warn{color:#7d4e00}.s-skip{color:#57606a}.o-go-with-waivers{color:#0a3069}
.filters{display:flex;flex-wrap:wrap;gap:1rem;align-items:end;margin:.5rem 0}
.filters label{display:flex;flex-direction:column;font-size:.9rem;color:var(--fg)}
.filters input,.filters select{font:inherit;padding:.25rem .4rem;border:1px solid #6e7781;border-radius:4px;color:var(--fg);background:#fff}
.count{color:var(--muted);font-size:.9rem}
details{margin:.5rem 0;border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem}
summary{cursor:pointer;font-weight:600}
code{font-size:.9em}
.note{color:var(--fg)}
@media print{
  body{max-width:none;padding:0;font-size:11pt}
  nav,.filters,.skip,.count{display:none}
  tr[hidden]{display:table-row}
  th button::after{content:""}
  a{color:inherit;text-decoration:none}
  .banner{border-width:3px}
  details{border:0;padding:0}
  tr,li{break-inside:avoid}
}
`

export const RELEASE_JS = `
(function(){
  function key(cell){var v=cell.getAttribute('data-sort');return v!==null?v:cell.textContent.trim().toLowerCase()}
  function sortBy(table,th,index){
    var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){c.removeAttribute('aria-sort')});
    th.setAttribute('aria-sort',dir);
    var numeric=th.getAttribute('data-type')==='number';
    var body=table.tBodies[0];
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){
      var x=key(a.cells[index]),y=key(b.cells[index]);
      var c=numeric?Number(x)-Number(y):x.localeCompare(y,undefined,{numeric:true});
      return dir==='ascending'?c:-c;
    });
    rows.forEach(function(r){body.appendChild(r)});
    var live=document.getElementById(table.id+'-status');
    if(live)live.textContent='Sorted by '+th.textContent.trim()+', '+dir+'.';
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'),function(table){
    Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,index){
      var button=th.querySelector('button');
      if(button)button.addEventListener('click',function(){sortBy(table,th,index)});
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('form.filters'),function(form){
    var table=document.getElementById(form.getAttribute('data-table'));
    var text=form.querySelector('input');
    var select=form.querySelector('select');
    var live=document.getElementById(table.id+'-status');
    function apply(){
      var q=text.value.trim().toLowerCase(),s=select.value,shown=0,rows=table.tBodies[0].rows;
      Array.prototype.forEach.call(rows,function(r){
        var ok=(!s||r.getAttribute('data-status')===s)&&(!q||r.textContent.toLowerCase().indexOf(q)!==-1);
        r.hidden=!ok;if(ok)shown++;
      });
      if(live)live.textContent=shown+' of '+rows.length+' rows shown.';
    }
    text.addEventListener('input',apply);
    select.addEventListener('change',apply);
    form.addEventListener('submit',function(e){e.preventDefault();apply()});
  });
})();
`
