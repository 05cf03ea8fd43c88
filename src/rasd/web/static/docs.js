/* Rasd: the OpenAPI documentation at /docs, rendered by Swagger UI served from the swagger-ui-py package. */
"use strict";
window.addEventListener("DOMContentLoaded", () => {
  window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true});
});
