from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from prometheus_client import CONTENT_TYPE_LATEST

from .guard import may_read_metrics
from .health import readiness
from .metrics import exposition


@never_cache
def healthz(request):
    """The process answers: nothing else is asked, so a busy database never gets a
    healthy server restarted."""
    return JsonResponse({"status": "alive"})


@never_cache
def readyz(request):
    checks = readiness()
    ready = all(check.problem is None for check in checks)
    answer = {
        "status": "ready" if ready else "not ready",
        "checks": {check.name: check.as_json() for check in checks},
    }
    return JsonResponse(answer, status=200 if ready else 503)


@never_cache
def metrics(request):
    if not may_read_metrics(request):
        return HttpResponse(status=403)
    return HttpResponse(exposition(), content_type=CONTENT_TYPE_LATEST)
