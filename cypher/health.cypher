// Cheap reachability probe for the health check. No parameters.
RETURN 1 AS ok;
