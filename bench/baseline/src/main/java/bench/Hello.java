package bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/hello")
public class Hello {

    public record Greeting(String text) {
    }

    @GET
    public Greeting hello() {
        return new Greeting("hello");
    }
}
