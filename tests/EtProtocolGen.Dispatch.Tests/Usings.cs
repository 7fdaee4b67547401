global using EtProtocolGen.Dispatch.Tests.Generated;
global using EtProtocolGen.Dispatch.Tests.Protocol;
