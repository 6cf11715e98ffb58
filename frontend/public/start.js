// Before the first paint: the start page's welcome or not (see main.ts).
(function(){var r=false;try{r=localStorage.getItem('liaison.loggedIn')==='1'}catch(e){}
if(location.pathname==='/'&&!r&&!/(?:^#|&)(?:state|code|error)=/.test(location.hash))document.documentElement.classList.add('welcome')})();
