/**
 * The board's inline CSS and JS (no external assets). Colours keep a contrast of at least 4.5:1
 * on their backgrounds; focus is always visible; print shows the tables without the controls, every
 * row of them (the 200-row first view is lifted while printing).
 */
export const BOARD_CSS = `
:root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--link:#0550ae;--focus:#0550ae}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:90rem;padding:1rem;color:var(--fg);background:#fff}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.25rem .5rem;z-index:1}
header p{color:var(--muted);margin:.25rem 0}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
h2{margin-top:2rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h3{margin:1rem 0 .25rem;font-size:1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#f6f8fa;white-space:nowrap}
th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:left}
th button::after{content:" ↕";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" ▲";color:var(--fg)}
th[aria-sort=descending] button::after{content:" ▼";color:var(--fg)}
.o0{color:#116329;font-weight:600}.o1{color:#0a3069;font-weight:600}.o2{color:#a40e26;font-weight:600}
.chips{display:flex;flex-wrap:wrap;gap:.25rem;list-style:none;padding:0;margin:0}
.chips li{border:1px solid currentColor;border-radius:4px;padding:0 .3rem;font-size:.85rem}
.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin:.5rem 0;padding:.5rem;border:1px solid var(--line);border-radius:6px}
.filters label{display:flex;flex-direction:column;font-size:.85rem}
.filters input,.filters select,button.act{font:inherit;padding:.2rem .4rem;border:1px solid #6e7781;border-radius:4px;color:var(--fg);background:#fff}
button.act{cursor:pointer}
.tools{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
.count{color:var(--muted);font-size:.9rem}
.bar{display:inline-block;height:.7rem;background:#a40e26;vertical-align:middle;margin-right:.3rem}
.user{float:right}
@media print{
  body{max-width:none;padding:0;font-size:10pt}
  nav,.filters,.skip,.tools button,.user,.more{display:none}
  a{color:inherit;text-decoration:none}
  th button::after{content:""}
  tr,li{break-inside:avoid}
  .bar{border:1px solid #000}
}
`

export const BOARD_JS = `
(function(){
var D=JSON.parse(document.getElementById('board-data').textContent);
var OUT=['GO','GO with waivers','NO-GO'];
var LIMIT=200;
var NUM=['t','n','w','ttg','at','matched','x','o'];
function esc(s){return String(s).replace(/[&<>"']/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]})}
function day(t){return t==null?'':new Date(t*1000).toISOString().slice(0,16).replace('T',' ')}
function dur(s){if(s==null)return '';var h=s/3600;return h<48?h.toFixed(1)+' h':(h/24).toFixed(1)+' d'}
function repoName(r){return D.repos[r][0]}
function link(r,path,text){var u=D.repos[r][1];return u?'<a href="'+esc(u+path)+'">'+esc(text)+'</a>':esc(text)}
function names(list,idx){return idx.map(function(i){return list[i]}).join(', ')}
function out(o){return '<span class="o'+o+'">'+OUT[o]+'</span>'}
var F={repo:'',owner:'',team:'',service:'',from:'',to:''};
function match(row){
  if(F.repo!==''&&String(row.r)!==F.repo)return false;
  if(F.owner!==''&&(!row.p||row.p.indexOf(+F.owner)<0))return false;
  if(F.team!==''&&(!row.p||row.p.indexOf(+F.team)<0))return false;
  if(F.service!==''&&(!row.s||row.s.indexOf(+F.service)<0))return false;
  if(F.from&&row.t<Date.parse(F.from+'T00:00:00Z')/1000)return false;
  if(F.to&&row.t>=Date.parse(F.to+'T00:00:00Z')/1000+86400)return false;
  return true}
var T={
 releases:{data:function(){return D.releases},sort:['t',-1],path:function(x){return '/releases/tag/'+encodeURIComponent(x.v)},cols:[
  ['Repository','r',function(x){return repoName(x.r)},function(x){return link(x.r,'',repoName(x.r))}],
  ['Release','v',function(x){return x.v},function(x){return link(x.r,'/releases/tag/'+encodeURIComponent(x.v),x.v)}],
  ['Outcome','o',function(x){return OUT[x.o]},function(x){return out(x.o)}],
  ['Blocking checks','b',function(x){return names(D.checks,x.b)},null],
  ['Waivers','w',function(x){return x.w},null],
  ['Pull requests','n',function(x){return x.n},null],
  ['Owners','p',function(x){return names(D.people,x.p)},null],
  ['Judged (UTC)','t',function(x){return day(x.t)},null]]},
 pulls:{data:function(){return D.pulls},sort:['t',-1],path:function(x){return '/pull/'+x.n},cols:[
  ['Repository','r',function(x){return repoName(x.r)},function(x){return link(x.r,'',repoName(x.r))}],
  ['Pull request','n',function(x){return x.n},function(x){return link(x.r,'/pull/'+x.n,'#'+x.n)}],
  ['Title','title',function(x){return x.title},null],
  ['Verdict','o',function(x){return OUT[x.o]},function(x){return out(x.o)}],
  ['Blocking checks','b',function(x){return names(D.checks,x.b)},null],
  ['Owners','p',function(x){return names(D.people,x.p)},null],
  ['First NO-GO to GO','ttg',function(x){return x.ttg==null?'':dur(x.ttg)},null],
  ['Judged (UTC)','t',function(x){return day(x.t)},null]]},
 deployments:{data:function(){return D.deployments},sort:['t',-1],path:function(x){return '/commit/'+x.h},cols:[
  ['Repository','r',function(x){return repoName(x.r)},function(x){return link(x.r,'',repoName(x.r))}],
  ['Environment','env',function(x){return x.env},null],
  ['Decision','x',function(x){return x.x?'rejected':'approved'},function(x){return '<span class="o'+(x.x?2:0)+'">'+(x.x?'rejected':'approved')+'</span>'}],
  ['Release','v',function(x){return x.v},null],
  ['Commit','h',function(x){return x.h},function(x){return link(x.r,'/commit/'+x.h,x.h.slice(0,7))}],
  ['Blocking checks','b',function(x){return names(D.checks,x.b)},null],
  ['Judged (UTC)','t',function(x){return day(x.t)},null]]},
 waivers:{data:function(){return D.waivers},sort:['t',-1],path:function(x){return x.link},cols:[
  ['Repository','r',function(x){return repoName(x.r)},function(x){return link(x.r,'',repoName(x.r))}],
  ['Subject','subj',function(x){return x.subj},function(x){return x.link?link(x.r,x.link,x.subj):esc(x.subj)}],
  ['Check','c',function(x){return D.checks[x.c]},null],
  ['Granted by','by',function(x){return D.people[x.by]},null],
  ['Reason','why',function(x){return x.why},null],
  ['Granted (UTC)','at',function(x){return day(x.at)},null],
  ['Expires','exp',function(x){return x.exp||''},null],
  ['Matched','matched',function(x){return x.matched==null?'':x.matched},null],
  ['Origin','src',function(x){return x.src},function(x){return /^https?:/.test(x.src)?'<a href="'+esc(x.src)+'">link</a>':esc(x.src)}]]}};
function ownerRow(x){return Object.assign({},x,{p:[x.by]})}
function rows(name){var t=T[name];var list=t.data().filter(function(x){return match(name==='waivers'?ownerRow(x):x)});
  var col=t.cols.filter(function(c){return c[1]===t.sort[0]})[0];var d=t.sort[1];
  var k=t.sort[0],num=NUM.indexOf(k)>=0;
  var raw=function(x){var v=x[k];if(col&&(k==='r'||Array.isArray(v)))return String(col[2](x)).toLowerCase();if(v==null)return num?-Infinity:'';return typeof v==='string'?v.toLowerCase():v};
  return list.sort(function(a,b){var p=raw(a),q=raw(b);return (p<q?-1:p>q?1:0)*d})}
function render(name){var t=T[name];var list=rows(name);var el=document.getElementById('t-'+name);
  var shown=t.all?list:list.slice(0,LIMIT);
  el.tBodies[0].innerHTML=shown.length===0?'<tr><td colspan="'+t.cols.length+'">Nothing in this view.</td></tr>':shown.map(function(x){return '<tr>'+t.cols.map(function(c,i){var h=c[3]?c[3](x):esc(c[2](x));return i===1?'<th scope="row">'+h+'</th>':'<td>'+h+'</td>'}).join('')+'</tr>'}).join('');
  document.getElementById('n-'+name).textContent='Showing '+shown.length+' of '+list.length+' ('+t.data().length+' in all)';
  var more=document.getElementById('m-'+name);more.hidden=shown.length===list.length;
  Array.prototype.forEach.call(el.tHead.rows[0].cells,function(th,i){if(t.cols[i][1]===t.sort[0])th.setAttribute('aria-sort',t.sort[1]>0?'ascending':'descending');else th.removeAttribute('aria-sort')})}
function rate(n,d){return d?Math.round(100*n/d)+' %':'–'}
function trends(){
  var subj=D.releases.filter(match).concat(D.pulls.filter(match));
  var dep=D.deployments.filter(match);
  var evals=0,nogo=0,per={};subj.forEach(function(x){evals+=x.e;nogo+=x.ng;for(var c in x.cb)per[c]=(per[c]||0)+x.cb[c]});
  dep.forEach(function(x){evals+=1;nogo+=x.o===2?1:0;x.b.forEach(function(c){per[c]=(per[c]||0)+1})});
  var h='<h3>NO-GO rate per check</h3><table><caption>Share of '+evals+' evaluations in which each check blocked (all checks: '+rate(nogo,evals)+' NO-GO)</caption><thead><tr><th scope="col">Check</th><th scope="col">Blocked</th><th scope="col">Rate</th></tr></thead><tbody>';
  D.checks.forEach(function(c,i){var n=per[i]||0;h+='<tr><th scope="row">'+esc(c)+'</th><td>'+n+'</td><td><span class="bar" style="width:'+(evals?Math.round(120*n/evals):0)+'px"></span>'+rate(n,evals)+'</td></tr>'});
  h+='</tbody></table>';
  function group(title,list,key,pick){var g={};list.forEach(function(x){(x[key]||[]).forEach(function(i){if(!pick(i))return;var k=g[i]||(g[i]={e:0,ng:0});k.e+=x.e||1;k.ng+=x.ng!=null?x.ng:(x.o===2?1:0)})});
    var ks=Object.keys(g).sort(function(a,b){return g[b].ng/g[b].e-g[a].ng/g[a].e});
    var names=key==='s'?D.services:D.people;
    return '<h3>NO-GO rate per '+title+'</h3>'+(ks.length?'<table><thead><tr><th scope="col">'+title[0].toUpperCase()+title.slice(1)+'</th><th scope="col">Evaluations</th><th scope="col">NO-GO</th><th scope="col">Rate</th></tr></thead><tbody>'+ks.map(function(k){return '<tr><th scope="row">'+esc(names[k])+'</th><td>'+g[k].e+'</td><td>'+g[k].ng+'</td><td>'+rate(g[k].ng,g[k].e)+'</td></tr>'}).join('')+'</tbody></table>':'<p>None in this view.</p>')}
  var all=subj.concat(dep);
  h+=group('team',all,'p',function(i){return D.people[i].indexOf('/')>=0});
  h+=group('service',all,'s',function(){return true});
  var ttg=subj.map(function(x){return x.ttg}).filter(function(x){return x!=null}).sort(function(a,b){return a-b});
  var rel=D.releases.filter(match);var w=rel.reduce(function(s,x){return s+x.w},0);
  var rej=dep.filter(function(x){return x.x}).length;
  h+='<h3>Other trends</h3><dl>'+
   '<dt>Time from first NO-GO to GO (median of '+ttg.length+')</dt><dd id="trend-ttg">'+(ttg.length?dur(ttg[Math.floor((ttg.length-1)/2)]):'–')+'</dd>'+
   '<dt>Waivers per release</dt><dd id="trend-waivers">'+(rel.length?(w/rel.length).toFixed(2):'–')+' ('+w+' in '+rel.length+' releases)</dd>'+
   '<dt>Deployments rejected</dt><dd id="trend-rejected">'+rej+' of '+dep.length+' ('+rate(rej,dep.length)+')</dd></dl>';
  document.getElementById('trends-body').innerHTML=h}
function matrix(){var by={};D.releases.filter(match).forEach(function(x){(by[x.r]||(by[x.r]=[])).push(x)});
  var h=Object.keys(by).sort(function(a,b){return repoName(a).localeCompare(repoName(b))}).map(function(r){var l=by[r].sort(function(a,b){return a.t-b.t}).slice(-20);
    return '<tr><th scope="row">'+link(+r,'',repoName(+r))+'</th><td><ul class="chips">'+l.map(function(x){return '<li class="o'+x.o+'" title="'+esc(names(D.checks,x.b))+'">'+link(x.r,'/releases/tag/'+encodeURIComponent(x.v),x.v)+': '+OUT[x.o]+'</li>'}).join('')+'</ul></td></tr>'}).join('');
  document.getElementById('matrix-body').innerHTML=h||'<tr><td colspan="2">No releases in this view.</td></tr>'}
function all(){Object.keys(T).forEach(render);trends();matrix()}
function exportRows(name,kind){var t=T[name];var list=rows(name);var head=t.cols.map(function(c){return c[0]});
  head.push('URL');
  var recs=list.map(function(x){var o={};t.cols.forEach(function(c){o[c[0]]=c[2](x)});var u=D.repos[x.r][1];o.URL=u?u+t.path(x):'';return o});
  var text,type;if(kind==='json'){text=JSON.stringify(recs,null,2);type='application/json'}else{
    var q=function(v){v=String(v);return /[",\\n\\r]/.test(v)||/^[=+\\-@]/.test(v)?'"'+(/^[=+\\-@]/.test(v)?"'":'')+v.replace(/"/g,'""')+'"':v};
    text=[head.join(',')].concat(recs.map(function(o){return head.map(function(h){return q(o[h])}).join(',')})).join('\\r\\n')+'\\r\\n';type='text/csv'}
  var a=document.createElement('a');a.href=URL.createObjectURL(new Blob([text],{type:type}));a.download='release-readiness-'+name+'.'+kind;document.body.appendChild(a);a.click();a.remove()}
document.addEventListener('click',function(e){var b=e.target.closest('button');if(!b)return;
  if(b.dataset.sort){var t=T[b.dataset.table];t.sort=[b.dataset.sort,t.sort[0]===b.dataset.sort?-t.sort[1]:1];render(b.dataset.table)}
  else if(b.dataset.export){exportRows(b.dataset.table,b.dataset.export)}
  else if(b.dataset.more){T[b.dataset.more].all=true;render(b.dataset.more)}
  else if(b.id==='clear'){document.getElementById('filters').reset();Object.keys(F).forEach(function(k){F[k]=''});all()}});
document.getElementById('filters').addEventListener('input',function(e){var k=e.target.name;if(k in F){F[k]=e.target.value;all()}});
document.getElementById('filters').addEventListener('submit',function(e){e.preventDefault()});
window.addEventListener('beforeprint',function(){Object.keys(T).forEach(function(k){if(!T[k].all){T[k].all=T[k].printing=true;render(k)}})});
window.addEventListener('afterprint',function(){Object.keys(T).forEach(function(k){if(T[k].printing){T[k].all=T[k].printing=false;render(k)}})});
all();
})();
`
