"""The live engine: capture → composite → encode → mux on threads joined by bounded queues."""
