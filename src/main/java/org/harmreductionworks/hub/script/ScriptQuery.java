package org.harmreductionworks.hub.script;

import org.harmreductionworks.hub.common.MeetingType;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** How a caller asks for a script representation. */
public class ScriptQuery {

    @QueryParam("meeting")
    @Parameter(description = "open or focused; absent for every section, each marked with its audience.")
    public MeetingType meeting;

    @QueryParam("lang")
    @Parameter(description = "en or es; defaults to Accept-Language, then en.")
    public ScriptLanguage lang;

    @QueryParam("format")
    @Parameter(description = "json, markdown, text, html or pdf; overrides Accept (for plain links).")
    public ScriptFormat format;

    @QueryParam("paper")
    @DefaultValue("letter")
    @Parameter(description = "Page size of the PDF: letter or a4.")
    public Paper paper;
}
