<#-- Under every sign-in page: what an account is for, and that nobody needs one to find or go to a meeting. -->
<#macro content>
<div class="hrw-about" id="hrw-about">
    <p>${msg("hrwAccountPurpose")}</p>
    <p>${msg("hrwNoAccountNeeded")}</p>
</div>
</#macro>
