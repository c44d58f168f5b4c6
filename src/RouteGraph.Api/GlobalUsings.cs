// The Web SDK's implicit usings bring Microsoft.AspNetCore.Routing.Route; here Route is always the migration route.
global using Route = RouteGraph.Core.Model.Route;
