from django.core.management.base import BaseCommand

from quizzes import services


class Command(BaseCommand):
    help = "Grade quiz attempts whose time limit ran out without a submit, from saved answers."

    def handle(self, *args, **options):
        closed = services.close_overdue_attempts()
        self.stdout.write(f"{closed} overdue attempt(s) graded.")
